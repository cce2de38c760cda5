package com.myhomecontrol.platform.boundary;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The placeholders of the corpus's text: <<name>>, <<N*text>> and <<bytes:hex>>. */
final class CorpusText {

    private static final Pattern REPEAT = Pattern.compile("<<(\\d+)\\*(.*?)>>", Pattern.DOTALL);
    private static final Pattern BYTES = Pattern.compile("<<bytes:([0-9a-f ]+)>>");

    private CorpusText() {
    }

    static String expand(String text, Map<String, String> names) {
        String named = text;
        for (var name : names.entrySet()) {
            named = named.replace("<<" + name.getKey() + ">>", name.getValue());
        }
        Matcher repeat = REPEAT.matcher(named);
        return repeat.replaceAll(match -> Matcher.quoteReplacement(match.group(2).repeat(Integer.parseInt(match.group(1)))));
    }

    /** The expanded text as UTF-8, with the raw bytes put in where it names them. */
    static byte[] bytes(String text, Map<String, String> names) {
        String expanded = expand(text, names);
        Matcher raw = BYTES.matcher(expanded);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int end = 0;
        while (raw.find()) {
            bytes.writeBytes(expanded.substring(end, raw.start()).getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(HexFormat.of().parseHex(raw.group(1).replace(" ", "")));
            end = raw.end();
        }
        bytes.writeBytes(expanded.substring(end).getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }
}
