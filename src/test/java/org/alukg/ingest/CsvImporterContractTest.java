package org.alukg.ingest;

import java.nio.charset.StandardCharsets;

class CsvImporterContractTest extends AbstractImporterContractTest {
    static final String HEADER = "name_fr,name_en,kind,municipality,region,products,customers,source_url,date,confidence\n";

    @Override String fileName() { return "contract.csv"; }

    @Override
    byte[] valid(String label) {
        return (HEADER + "\"" + label + " (fr)\",\"" + label + "\",supplier,Alma,02,equipment,site/alma,"
                + "https://example.org/alukg/fictional,2024,low\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    byte[] broken() {
        return (new String(valid(label()), StandardCharsets.UTF_8)
                + "Example Other,Example Other,supplier,Alma,02,,,,last week,low\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override String brokenWhere() { return "row 2 (line 3), column date: expected a date YYYY, YYYY-MM or YYYY-MM-DD: found 'last week'"; }
}
