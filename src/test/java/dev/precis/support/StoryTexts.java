package dev.precis.support;

/**
 * Reports for the story tests: two different reports of one flood, and a report of an unrelated
 * election. Each is filled with made-up names ({@link Articles#marker()}), so no other test's
 * article is a near copy of them or shares their event.
 */
public final class StoryTexts {

    private StoryTexts() {
    }

    /** The first report of a flood in the town {@code town}, with the mayor {@code mayor}. */
    public static String flood(String town, String mayor) {
        return ("The river burst its banks in TOWN on Sunday night, flooding hundreds of homes and forcing the evacuation of the old "
                + "quarter of TOWN. Mayor MAYOR said rescue teams had reached every street of TOWN by morning and that no one had died. "
                + "Water stood two metres deep in the market square of TOWN, and the bridge to the station was closed. "
                + "Residents of TOWN spent the night in the sports hall, where volunteers handed out blankets and hot soup. "
                + "MAYOR said the flood defences of TOWN had held for forty years but could not hold against three days of rain. "
                + "Forecasters expect more rain over the hills above TOWN on Tuesday, and the river may rise again. "
                + "The regional government sent army trucks and pumps to TOWN and promised money to rebuild the damaged homes. "
                + "Insurers said claims from TOWN would run into millions, and farmers counted the cattle lost to the water.")
                .replace("TOWN", town).replace("MAYOR", mayor);
    }

    /** A later report of the same flood, told in other words. */
    public static String floodFollowUp(String town, String mayor) {
        return ("Clean-up began in TOWN on Tuesday as the flood water went down, leaving mud and wrecked cars in the streets of TOWN. "
                + "MAYOR, the mayor of TOWN, toured the old quarter with army engineers and asked for national help to repair the river "
                + "banks. Families who fled the flood returned to TOWN to find their homes full of mud. "
                + "MAYOR told reporters in TOWN that the flood was the worst since records began and that pumps would run all week. "
                + "Engineers inspecting the bridge of TOWN said it was safe, and the station reopened to trains. "
                + "The river at TOWN fell by a metre overnight, though more rain is forecast over the hills. "
                + "Volunteers from neighbouring villages brought food and dry clothes to the sports hall of TOWN.")
                .replace("TOWN", town).replace("MAYOR", mayor);
    }

    /** A report of an election in the city {@code city}, won by {@code candidate}. */
    public static String election(String city, String candidate) {
        return ("Voters in CITY elected CANDIDATE as their new governor on Sunday, ending twelve years of rule by the governing coalition. "
                + "CANDIDATE won fifty-four percent of the vote in CITY, according to the electoral commission. "
                + "Turnout in CITY reached sixty-eight percent, the highest in two decades, as queues formed outside polling stations. "
                + "In a victory speech, CANDIDATE promised to cut taxes for small businesses and to build new schools across CITY. "
                + "The outgoing governor conceded defeat late on Sunday and congratulated CANDIDATE on the result. "
                + "Analysts said the vote in CITY reflected anger over rising prices and a scandal over public contracts. "
                + "CANDIDATE will take office next month and must form a majority in the CITY assembly.")
                .replace("CITY", city).replace("CANDIDATE", candidate);
    }

    /** Made-up words ({@link Articles#marker()}): the vocabulary of reports no other test's article shares a term with. */
    public static java.util.List<String> vocabulary(int size) {
        java.util.List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            words.add(Articles.marker());
        }
        return words;
    }

    /**
     * A report in made-up words: eight sentences of English stopwords around five words each of
     * {@code vocabulary}, from {@code from} on, 20 words in all. Two reports whose ranges overlap
     * share terms but no word sequence, so they join one story without being near copies.
     */
    public static String madeUp(java.util.List<String> vocabulary, int from) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 8; s++) {
            String[] w = new String[5];
            for (int k = 0; k < 5; k++) {
                w[k] = vocabulary.get((from + (s * 3 + k * (s + 1)) % 20) % vocabulary.size());
            }
            text.append(s == 0 ? "" : " ").append("The ").append(w[0]).append(" of the ").append(w[1]).append(" and the ").append(w[2])
                    .append(" is in the ").append(w[3]).append(" as it was for the ").append(w[4]).append(".");
        }
        return text.toString();
    }

    /** A wire copy of a report sent again: the same text with a line added at its end. */
    public static String resent(String text) {
        return text + " This report was updated with the latest figures.";
    }
}
