package org.alukg.ingest;

import java.nio.charset.StandardCharsets;

class JsonImporterContractTest extends AbstractImporterContractTest {
    @Override String fileName() { return "contract.json"; }

    @Override
    byte[] valid(String label) {
        return ("[\n  {\"name_fr\": \"" + label + " (fr)\", \"name_en\": \"" + label + "\",\n"
                + "   \"kind\": [\"supplier\"], \"municipality\": \"Alma\", \"region\": \"02\",\n"
                + "   \"products\": [\"equipment\"], \"customers\": [\"site/alma\"],\n"
                + "   \"source_url\": \"https://example.org/alukg/fictional\", \"date\": \"2024\", \"confidence\": \"low\"}\n"
                + "]\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override String brokenWhere() { return "JSON does not parse"; }
}
