package org.alukg.http;

import org.alukg.problem.Kind;

/** The words of the error page, in English and French. */
final class ErrorWords {
    private ErrorWords() {}

    static String heading(Kind kind, boolean french) {
        return switch (kind) {
            case NOT_FOUND -> french ? "Introuvable" : "Not found";
            case UNAUTHORIZED, FORBIDDEN -> french ? "Accès refusé" : "Not allowed";
            case TOO_MANY_REQUESTS, UNAVAILABLE -> french ? "Réessayez plus tard" : "Try again later";
            case INTERNAL, INSUFFICIENT_STORAGE -> french ? "Erreur du serveur" : "Server error";
            default -> french ? "Requête invalide" : "Bad request";
        };
    }

    static String didYouMean(boolean french) { return french ? "Vouliez-vous dire" : "Did you mean"; }
}
