package app.deload.api;

import java.util.List;

/** One option of the expiry list on the token form. */
public record ExpiryChoice(String value, String label) {

    public static final List<ExpiryChoice> ALL = List.of(new ExpiryChoice("30", "30 days"),
            new ExpiryChoice("90", "90 days"), new ExpiryChoice("365", "365 days"),
            new ExpiryChoice("none", "Never"));
}
