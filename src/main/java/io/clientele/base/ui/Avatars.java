package io.clientele.base.ui;

import com.vaadin.flow.component.avatar.Avatar;

/** Picture when there is one, otherwise coloured initials (the colour follows the id, so it is stable). */
public final class Avatars {
    private Avatars() {}

    public static Avatar of(String name, String imageUrl, long colourSeed) {
        Avatar avatar = new Avatar(name == null ? "" : name);
        if (imageUrl != null) {
            avatar.setImage(imageUrl);
        }
        avatar.setAbbreviation(initials(name));
        avatar.setColorIndex((int) Math.floorMod(colourSeed, 7L));
        return avatar;
    }

    /** First letters of the first and last word: "Maria von Østerdalen" → "MØ". */
    static String initials(String name) {
        String[] words = name == null ? new String[0] : name.trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "?";
        }
        String first = words[0].substring(0, 1);
        return (words.length == 1 ? first : first + words[words.length - 1].substring(0, 1)).toUpperCase();
    }
}
