package org.alukg.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.alukg.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code curl} example of README.md (and docs/*.md) against a real server, and compares its output with the
 * block that follows it, so the documentation stays true. An example is a ```sh block that starts with curl; its
 * expected output is the plain ``` block right after it.
 */
class ReadmeExamplesTest {
    static final String DOC_URL = "http://127.0.0.1:3030";
    static TestServer server;

    @BeforeAll
    static void start() { server = TestServer.start(); }

    @AfterAll
    static void stop() { server.close(); }

    record Example(String file, int line, String command, String expected) {}

    @TestFactory
    Stream<DynamicTest> everyCurlExampleAnswersAsDocumented() throws IOException {
        List<Example> examples = new ArrayList<>();
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
        if (Files.isDirectory(Path.of("docs")))
            try (Stream<Path> s = Files.list(Path.of("docs"))) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
            }
        for (Path doc : docs)
            examples.addAll(examples(doc));
        assertFalse(examples.isEmpty(), "README.md has curl examples");
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.file() + ":" + e.line(), () -> check(e)));
    }

    static List<Example> examples(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<Example> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```sh"))
                continue;
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).strip().equals("```"))
                end++;
            String command = String.join("\n", lines.subList(start, end));
            if (!command.startsWith("curl "))
                continue;
            int next = end + 1;
            while (next < lines.size() && lines.get(next).isBlank())
                next++;
            String expected = null;
            if (next < lines.size() && lines.get(next).strip().equals("```")) {
                int stop = next + 1;
                while (stop < lines.size() && !lines.get(stop).strip().equals("```"))
                    stop++;
                expected = String.join("\n", lines.subList(next + 1, stop));
            }
            found.add(new Example(doc.toString(), start, command, expected));
            i = end;
        }
        return found;
    }

    static void check(Example e) throws Exception {
        String command = e.command().replace(DOC_URL, server.url());
        Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), "curl failed: " + err);
        if (e.expected() != null)
            assertEquals(normalise(e.expected()), normalise(out), e.file() + ":" + e.line());
    }

    private static String normalise(String s) {
        return s.replace("\r\n", "\n").strip();
    }
}
