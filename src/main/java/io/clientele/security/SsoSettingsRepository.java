package io.clientele.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface SsoSettingsRepository extends JpaRepository<SsoSettings, Long> {}
