package org.alukg.linkeddata;

import java.util.List;

import org.alukg.http.Routes;

/** What the list of downloads shows ({@code dumps.jte}): each file, what it holds, its size and when it was made. */
public record DumpsPage(Frame frame, InterfaceText words, List<File> files) {

    /** One file to download. */
    public record File(Ref file, String what, long bytes, String made) {}

    static DumpsPage of(PageContext view, Dumps.Built d) {
        String made = d.made().toString();
        return new DumpsPage(view.frame(view.words().text("dumps.title"), List.of()), view.words(), List.of(
            new File(new Ref(Dumps.NQUADS, Routes.dump(Dumps.NQUADS)), view.words().text("dumps.nquads"), d.nquadsGz().length, made),
            new File(new Ref(Dumps.TURTLE, Routes.dump(Dumps.TURTLE)), view.words().text("dumps.turtle"), d.turtle().length, made)));
    }
}
