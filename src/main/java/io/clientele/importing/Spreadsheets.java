package io.clientele.importing;

import io.clientele.base.ActionRefusedException;
import javax.xml.stream.XMLInputFactory;

/** What the XLSX and ODS readers share: a StAX factory that reads no DTD, and how an unreadable file is refused. */
final class Spreadsheets {
    /** No DTD, no external entities: a DOCTYPE cannot define the entities of an XML entity attack. */
    static final XMLInputFactory XML = secure();

    private Spreadsheets() {}

    /** What a file that cannot be read as a spreadsheet gets: a zip bomb said so, anything else "not readable". */
    static ActionRefusedException refused(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return ImportTable.refused("import.zip-bomb");
            }
        }
        return ImportTable.refused("import.not-a-spreadsheet");
    }

    private static XMLInputFactory secure() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }
}
