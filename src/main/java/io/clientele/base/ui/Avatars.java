package io.clientele.base.ui;

import com.vaadin.flow.component.avatar.Avatar;

/** Picture when there is one, otherwise coloured initials (the colour follows the id, so it is stable). */
public final class Avatars {
    private Avatars() {
    }

    public static Avatar of(String name, String imageUrl, long colourSeed) {
        Avatar avatar = new Avatar(name == null ? "" : name);
        if (imageUrl != null) {
            avatar.setImage(imageUrl);
        }
        avatar.setColorIndex((int) Math.floorMod(colourSeed, 7L));
        return avatar;
    }
}
