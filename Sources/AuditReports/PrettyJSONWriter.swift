/// Writes JSON as UTF-8 bytes, laid out byte for byte as `JSONEncoder` lays it out with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`.
///
/// The layout: `"key" : value`, each member or element on its own line indented two spaces per
/// level, an empty list or object as the bracket, a blank line and the closing bracket. Strings
/// escape only `"`, `\` and the control characters below U+0020; numbers are written as Swift's
/// `description` writes them, a `.0` ending dropped. The writer does not sort: whoever writes an
/// object writes its members in the byte order of their keys, as `.sortedKeys` orders them.
struct PrettyJSONWriter {
    /// What has been written and not yet taken.
    private(set) var bytes: [UInt8] = []
    /// How many lists and objects are open.
    private var depth = 0
    /// Whether the innermost open list or object has no member yet.
    private var empty = true

    init() {}

    /// A writer for a run of elements of a list written apart (see `array(count:writtenApart:)`),
    /// the elements standing at nesting `depth`; `following` when other elements come before them.
    init(continuingListAt depth: Int, following: Bool) {
        self.depth = depth
        empty = !following
    }

    /// The bytes written so far as text; the writer starts over empty, at the same nesting.
    mutating func takeText() -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        bytes.removeAll(keepingCapacity: true)
        return text
    }

    /// Appends `text` as it is, for the layout around the values.
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// An object whose members `members` writes.
    mutating func object(_ members: (inout PrettyJSONWriter) throws -> Void) rethrows {
        try container(open: "{", close: "}", members)
    }

    /// A list of `elements`, each written by `element`.
    mutating func array<Element>(_ elements: [Element], _ element: (inout PrettyJSONWriter, Element) throws -> Void) rethrows {
        try container(open: "[", close: "]") { json in
            for value in elements {
                try json.element { try element(&$0, value) }
            }
        }
    }

    /// A list of `count` elements written apart: this writer writes the brackets, and `elements`
    /// writes the elements with writers from `init(continuingListAt:following:)` at the depth
    /// it is given and hands their text on itself.
    mutating func array(count: Int, writtenApart elements: (inout PrettyJSONWriter, _ depth: Int) throws -> Void) rethrows {
        try container(open: "[", close: "]") { json in
            try elements(&json, json.depth)
            json.empty = count == 0
        }
    }

    /// One element of the open list, written by `write`.
    mutating func element(_ write: (inout PrettyJSONWriter) throws -> Void) rethrows {
        nextLine()
        try write(&self)
    }

    /// Starts a member of the open object: its key and the separator before its value.
    mutating func key(_ key: StaticString) {
        nextLine()
        bytes.append(UInt8(ascii: "\""))
        raw(key)
        raw("\" : ")
    }

    /// Starts a member whose key is data (a dictionary's key), escaped as strings are.
    mutating func key(_ key: String) {
        nextLine()
        string(key)
        raw(" : ")
    }

    /// A member holding `value`, or nothing when it is nil.
    mutating func member(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        self.key(key)
        string(value)
    }

    /// A member holding `value`, or nothing when it is nil.
    mutating func member(_ key: StaticString, _ value: Int?) {
        guard let value else { return }
        self.key(key)
        int(value)
    }

    /// A member holding `value`, or nothing when it is nil; a value that is not finite throws.
    mutating func member(_ key: StaticString, _ value: Double?) throws {
        guard let value else { return }
        self.key(key)
        try double(value)
    }

    /// A member holding the raw value of `value`, or nothing when it is nil.
    mutating func member<Value: RawRepresentable<String>>(_ key: StaticString, _ value: Value?) {
        member(key, value?.rawValue)
    }

    /// A string, quoted and escaped.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices where Self.needsEscape(utf8[index]) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                escape(utf8[index])
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// An integer.
    mutating func int(_ value: Int) {
        var text = value.description
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// A number as `description` writes it, without a `.0` ending (12, 0.5, 1e-05, -0); NaN and
    /// the infinities throw, as JSON has no way to write them.
    mutating func double(_ value: Double) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: [], debugDescription: "Unable to encode Double.\(value) directly in JSON."))
        }
        var text = value.description
        text.withUTF8 { text in
            let integral = text.count > 2 && text[text.count - 2] == UInt8(ascii: ".") && text[text.count - 1] == UInt8(ascii: "0")
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text.dropLast(integral ? 2 : 0)))
        }
    }

    /// A list or object between `open` and `close`, its members written by `members`.
    private mutating func container(open: StaticString, close: StaticString,
                                    _ members: (inout PrettyJSONWriter) throws -> Void) rethrows {
        raw(open)
        let outerEmpty = empty
        empty = true
        depth += 1
        try members(&self)
        depth -= 1
        if empty { bytes.append(UInt8(ascii: "\n")) }
        newLine()
        raw(close)
        empty = outerEmpty
    }

    /// Ends the previous member of the open list or object, if any, and starts the next line.
    private mutating func nextLine() {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        newLine()
    }

    /// A line break and the indentation of the current depth, two spaces per level.
    private mutating func newLine() {
        bytes.append(UInt8(ascii: "\n"))
        let blanks: StaticString = "                                "
        var spaces = 2 * depth
        while spaces > 0 {
            let run = min(spaces, blanks.utf8CodeUnitCount)
            blanks.withUTF8Buffer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<run])) }
            spaces -= run
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// The escape for `byte`: the short forms JSON has, otherwise `\u00` and lowercase hex.
    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case 0x08: raw("\\b")
        case 0x0C: raw("\\f")
        case UInt8(ascii: "\n"): raw("\\n")
        case UInt8(ascii: "\r"): raw("\\r")
        case UInt8(ascii: "\t"): raw("\\t")
        default:
            raw("\\u00")
            let hex: StaticString = "0123456789abcdef"
            bytes.append(hex.utf8Start[Int(byte >> 4)])
            bytes.append(hex.utf8Start[Int(byte & 0x0F)])
        }
    }
}
