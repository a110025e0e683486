package org.commissioningdesk.export;

/** File names that say what an export is and are valid on Windows, macOS and Linux alike. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * {@code base} with characters no file system accepts replaced ("2007/08" becomes "2007-08"),
     * trimmed, and the extension added: "Tower Hamlets PCT Commissioning Prospectus 2007-08 v1.pdf".
     */
    public static String of(String base, String extension) {
        String name = base.replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "-").replaceAll("\\s+", " ").strip();
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.length() > 150) {
            name = name.substring(0, 150).strip();
        }
        return (name.isEmpty() ? "Export" : name) + "." + extension;
    }
}
