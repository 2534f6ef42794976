package io.clientele.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserPreferenceRepository extends JpaRepository<UserPreference, UserPreference.Key> {}
