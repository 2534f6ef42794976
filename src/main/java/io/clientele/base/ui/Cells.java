package io.clientele.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Grid cells the browser draws from a few values of the row (Lit templates) instead of server components per row.
 * A server component per cell costs a state node, listeners and its properties for every row of every open page; a
 * template costs only the values, so a page of 50 customers stays a few kilobytes on the server.
 */
public final class Cells {
    private Cells() {}

    /** A name and, where {@code flag} is present, a red badge after it (DELETED). */
    private static final String FLAGGED_NAME =
            "<span>${item.name}</span>" + "<span class='badge badge-error' ?hidden=${!item.flag}>${item.flag}</span>";

    private static final String AVATAR = "<vaadin-avatar .name=${item.name} .abbr=${item.abbr} .img=${item.img}"
            + " .colorIndex=${item.colour}></vaadin-avatar>";

    /** Avatar (picture or coloured initials, as {@link Avatars}) and name; {@code flag} is a red badge when present. */
    public static <T> LitRenderer<T> avatarName(
            ValueProvider<T, String> name,
            ValueProvider<T, String> imageUrl,
            ValueProvider<T, Long> colourSeed,
            ValueProvider<T, String> flag) {
        return withAvatar("<div class='name-cell'>" + AVATAR + FLAGGED_NAME + "</div>", name, imageUrl, colourSeed)
                .withProperty("flag", text(flag));
    }

    /** Avatar with name and, under it, {@code detail} (an e-mail): who a login is. */
    public static <T> LitRenderer<T> identity(
            ValueProvider<T, String> name,
            ValueProvider<T, String> detail,
            ValueProvider<T, String> imageUrl,
            ValueProvider<T, Long> colourSeed) {
        return withAvatar(
                        "<div class='identity-cell'>" + AVATAR + "<div class='identity-text'>"
                                + "<span>${item.name}</span><span>${item.detail}</span></div></div>",
                        name,
                        imageUrl,
                        colourSeed)
                .withProperty("detail", text(detail));
    }

    /** The avatar alone (a Photo column). */
    public static <T> LitRenderer<T> avatar(
            ValueProvider<T, String> name, ValueProvider<T, String> imageUrl, ValueProvider<T, Long> colourSeed) {
        return withAvatar(AVATAR, name, imageUrl, colourSeed);
    }

    private static <T> LitRenderer<T> withAvatar(
            String template,
            ValueProvider<T, String> name,
            ValueProvider<T, String> imageUrl,
            ValueProvider<T, Long> colourSeed) {
        return LitRenderer.<T>of(template)
                .withProperty("name", text(name))
                .withProperty("abbr", r -> Avatars.initials(name.apply(r)))
                .withProperty("img", text(imageUrl))
                .withProperty("colour", r -> (int) Math.floorMod(colourSeed.apply(r), 7L));
    }

    /** A name; {@code flag} is a red badge after it when present. */
    public static <T> LitRenderer<T> flagged(ValueProvider<T, String> name, ValueProvider<T, String> flag) {
        return LitRenderer.<T>of("<div class='name-cell'>" + FLAGGED_NAME + "</div>")
                .withProperty("name", text(name))
                .withProperty("flag", text(flag));
    }

    /** A coloured label as {@link Badge} draws it; a row whose text is null shows nothing. */
    public static <T> LitRenderer<T> badge(ValueProvider<T, String> text, ValueProvider<T, Badge.Tone> tone) {
        return LitRenderer.<T>of("<span class='badge badge-${item.tone}' ?hidden=${!item.text}>${item.text}</span>")
                .withProperty("text", text(text))
                .withProperty("tone", r -> tone.apply(r).name().toLowerCase(Locale.ROOT));
    }

    /** Labels side by side, as {@link Chips} draws them. */
    public static <T> LitRenderer<T> chips(ValueProvider<T, List<String>> labels) {
        return LitRenderer.<T>of("<div class='chips'>${(item.labels || []).map(l =>"
                        + " html`<span class='badge badge-neutral'>${l}</span>`)}</div>")
                .withProperty("labels", r -> Objects.requireNonNullElse(labels.apply(r), List.of()));
    }

    /** An icon on the rows where {@code label} is not null; the label is its tooltip and its name for screen readers. */
    public static <T> LitRenderer<T> icon(VaadinIcon icon, String className, ValueProvider<T, String> label) {
        return LitRenderer.<T>of(
                        "<vaadin-icon icon='" + iconName(icon) + "' class='" + className + "'"
                                + " ?hidden=${!item.label} title=${item.label || ''} aria-label=${item.label || ''}></vaadin-icon>")
                .withProperty("label", text(label));
    }

    /**
     * A small tertiary icon button; {@code label} names it (tooltip, screen readers), rows where {@code enabled} is
     * false show it disabled. The click runs on the server with the row.
     */
    public static <T> LitRenderer<T> iconButton(
            VaadinIcon icon,
            String className,
            ValueProvider<T, String> label,
            SerializablePredicate<T> enabled,
            SerializableConsumer<T> click) {
        return LitRenderer.<T>of("<vaadin-button class='" + className + "' theme='tertiary-inline icon'"
                        + " aria-label=${item.label} title=${item.label} ?disabled=${!item.enabled} @click=${click}>"
                        + "<vaadin-icon icon='" + iconName(icon) + "'></vaadin-icon></vaadin-button>")
                .withProperty("label", text(label))
                .withProperty("enabled", enabled::test)
                .withFunction("click", click);
    }

    /** Absent text as "", which a template treats as false (and Karibu can render). */
    static <T> ValueProvider<T, String> text(ValueProvider<T, String> value) {
        return r -> Objects.requireNonNullElse(value.apply(r), "");
    }

    static String iconName(VaadinIcon icon) {
        return "vaadin:" + icon.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
