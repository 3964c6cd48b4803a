package dev.precis.text;

/** The kinds of page furniture that scraped article text carries around the story. */
public enum NoiseKind {
    /** The article's title repeated as a line of the text. */
    HEADLINES("headlines"),
    /** Labels of share and print buttons: "Share", "Send to", "Print", "Tweet". */
    SHARE_WIDGETS("shareWidgets"),
    /** Dates and times on a line of their own, and datelines opening the lead ("SEOUL, May 3 (Yonhap) --", "(CNN) --"). */
    DATELINES("datelines"),
    /** Author lines: "By Jane Doe, Reuters", "Reporting by ...; Editing by ...". */
    BYLINES("bylines"),
    /** Photo captions: a position marker such as "(L)" or "(right)" with a credit or a caption label, or a photo credit. */
    CAPTIONS("captions"),
    /** Agency credits closing a paragraph or standing alone: "(Yonhap)", "(AP)", "— AFP", "(END)". */
    AGENCY_CREDITS("agencyCredits"),
    /** Links and prompts to other content: "Read more:", "Related:", "Scroll down for video". */
    RELATED_LINKS("relatedLinks"),
    /** Newsletter, subscription and follow-us prompts. */
    NEWSLETTER_PROMPTS("newsletterPrompts"),
    /** Copyright trailers: "© 2024 Example News", "All rights reserved". */
    COPYRIGHT("copyright"),
    /** Advertisement markers: "Advertisement", "Story continues below advertisement". */
    ADVERTISEMENTS("advertisements");

    private final String id;

    NoiseKind(String id) {
        this.id = id;
    }

    /** The name the API reports the kind under. */
    public String id() {
        return id;
    }
}
