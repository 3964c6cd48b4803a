package dev.precis.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.precis.support.Resources;

/**
 * Every line of the test texts, each sentence-like piece of them, and lines of every kind of
 * noise, each also in upper and in lower case: the lines on which a hand-written check is held
 * to the regular expression it stands in for.
 */
final class TestLines {

    /** Lines of every kind of noise, in the shapes the rules know (the scraped article lacks some). */
    static final String NOISE = """
            Share
            Facebook · Twitter · Email
            E-mail to a friend .
            Share on Facebook | Share on Twitter | Email
            May 3, 2022 - 09:30 By Yonhap
            Published: 3 May 2022 09:30 BST
            Updated 2:14 PM ET, Tue May 3, 2022
            Veröffentlicht am 3. Mai 2022, 09:30 Uhr
            2022-05-03 09:30
            By Jane Doe, Reuters
            By JANE DOE and JOHN ROE in Seoul
            Reporting by Jane Doe; Additional reporting by John Roe; Editing by Alex Poe
            Von Hans Müller und Erika Mustermann
            Noh Kyu-duk (R) shakes hands with his Chinese counterpart in Beijing on May 2. (Yonhap)
            President Lee (C) poses with students (AP Photo/Jane Doe)
            In the lead: Jose Smith (right) celebrates the opening goal .
            Councillors vote on the budget on Monday (Photo: Example News)
            Crowds gather outside the court on Friday. Photo: Jane Doe
            Firefighters at the scene / Getty Images
            (Yonhap)
            — AFP
            (END)
            (AFP/Getty Images)
            The talks will resume in June. — AFP
            The talks will resume in June. (Yonhap)
            SEOUL, May 3 (Yonhap) -- South Korea and China agreed on Tuesday to resume talks.
            (CNN) -- Louisiana authorities said Tuesday they found the body.
            WASHINGTON — The Senate voted on Tuesday to pass the bill.
            Read more: Fishermen welcome plan to cut illegal catches
            Related: How the quota system works
            Lesen Sie auch: Die Wahl in Berlin
            Scroll down for video .
            Click here to see the full gallery
            Sign up for our morning newsletter to get the top stories delivered to your inbox.
            Follow us on Twitter
            Download the Example News app
            © 2022 Yonhap News Agency. All rights reserved.
            Copyright 2024 The Associated Press.
            (c) 2024 Example
            This material may not be published, broadcast, rewritten or redistributed.
            Advertisement
            Story continues below advertisement
            Sponsored content
            """;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private TestLines() {
    }

    static List<String> all() {
        List<String> texts = new ArrayList<>();
        texts.add(NOISE);
        for (String name : List.of("/scraped/fisheries-talks.txt", "/scraped/fisheries-talks-clean.txt", "/page/harbour-bridge.txt",
                "/html/budget-vote.txt")) {
            texts.add(Resources.read(name));
        }
        for (String code : List.of("de", "es", "fr", "it", "ja", "ko", "nl", "pt", "ru", "th", "zh")) {
            texts.add(Resources.read("/languages/" + code + ".txt"));
        }
        ObjectMapper mapper = new ObjectMapper();
        for (String set : List.of("bbc100.jsonl", "cnndm100.jsonl")) {
            for (String line : Resources.read("/eval/" + set).split("\n")) {
                if (!line.isBlank()) {
                    try {
                        JsonNode article = mapper.readTree(line);
                        texts.add(article.get("title").asText());
                        texts.add(article.get("text").asText());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        }
        Set<String> lines = new LinkedHashSet<>();
        for (String text : texts) {
            for (String line : text.split("\n")) {
                lines.add(line);
                lines.addAll(List.of(SENTENCE_END.split(line)));
            }
        }
        List<String> all = new ArrayList<>();
        for (String line : lines) {
            all.add(line);
            all.add(line.toUpperCase(Locale.ROOT));
            all.add(line.toLowerCase(Locale.ROOT));
        }
        return all;
    }
}
