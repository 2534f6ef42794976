package io.clientele.bulk;

/** The Download menu's formats (product page 3); OpenOffice and LibreOffice both open ODS. */
public enum ExportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    VCARD("vcf", "text/vcard; charset=UTF-8"),
    CSV("csv", "text/csv; charset=UTF-8"),
    HTML("html", "text/html; charset=UTF-8");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
