/// The software that made an archive's documents: the generator's own cairo drawing, or office
/// spreadsheets printed to PDF (or saved as XLSX) by LibreOffice, as a factory's clerks make them.
enum Producer: String, CaseIterable, Codable {
    case cairo, libreoffice
}
