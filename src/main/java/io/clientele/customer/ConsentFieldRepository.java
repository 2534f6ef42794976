package io.clientele.customer;

interface ConsentFieldRepository extends LabelRepository<ConsentField> {}
