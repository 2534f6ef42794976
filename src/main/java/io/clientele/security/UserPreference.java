package io.clientele.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One remembered choice of a login, such as a list's columns. */
@Entity
@Table(name = "user_preference")
class UserPreference {
    @EmbeddedId
    private Key id;

    private String prefValue;

    protected UserPreference() {}

    UserPreference(long userId, String key, String value) {
        this.id = new Key(userId, key);
        this.prefValue = value;
    }

    String getPrefValue() {
        return prefValue;
    }

    void setPrefValue(String prefValue) {
        this.prefValue = prefValue;
    }

    @Embeddable
    record Key(
            @Column(name = "user_account_id") Long userAccountId,
            @Column(name = "pref_key") String prefKey) implements Serializable {}
}
