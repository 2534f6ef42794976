package io.clientele.pricesheet;

/** A sheet assigned to a company or customer, and whether it is the one in effect today. */
public record AssignedSheet(PriceSheet sheet, boolean effective) {}
