package org.alukg.docs;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Order;

/** The examples of README.md, run as a user would. */
@Order(1)
class ReadmeExamplesTest extends DocumentedExamples {
    @Override
    List<Path> documents() { return List.of(Path.of("README.md")); }
}
