package io.clientele.directory;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactPhotoRepository extends JpaRepository<ContactPhoto, Long> {}
