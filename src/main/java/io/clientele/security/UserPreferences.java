package io.clientele.security;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the logged-in user chose to keep between sessions (on the server, so it follows them to any browser). */
@Service
@Transactional
public class UserPreferences {
    private static final int MAX = 2000;
    private final UserPreferenceRepository preferences;

    UserPreferences(UserPreferenceRepository preferences) {
        this.preferences = preferences;
    }

    @Transactional(readOnly = true)
    public Optional<String> get(String key) {
        return CurrentUser.get()
                .filter(u -> u.userId() > 0)
                .flatMap(u -> preferences.findById(new UserPreference.Key(u.userId(), key)))
                .map(UserPreference::getPrefValue);
    }

    public void put(String key, String value) {
        CurrentUser.get().filter(u -> u.userId() > 0).ifPresent(u -> {
            String v = value.length() > MAX ? value.substring(0, MAX) : value;
            preferences
                    .findById(new UserPreference.Key(u.userId(), key))
                    .ifPresentOrElse(
                            p -> p.setPrefValue(v), () -> preferences.save(new UserPreference(u.userId(), key, v)));
        });
    }
}
