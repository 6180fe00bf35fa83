/// Reads CSV back the way a spreadsheet does, to check what the CSV report holds.
public enum CSVRecords {
    /// The records of RFC 4180 `text` (after its byte order mark), each a list of fields.
    public static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars.dropFirst())[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(scalar) }
            } else if scalar == "\"" { quoted = true }
            else if scalar == "," { record.append(field); field = "" }
            else if scalar == "\r", scalars.first == "\n" { scalars.removeFirst(); record.append(field); records.append(record); record = []; field = "" }
            else { field.unicodeScalars.append(scalar) }
        }
        return records
    }
}
