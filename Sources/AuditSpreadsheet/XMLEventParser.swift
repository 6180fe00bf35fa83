import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Receives the events of a streaming (SAX) parse of one XML part.
///
/// Element names arrive without their namespace prefix (`x:c` becomes `c`), so documents written
/// with a prefixed default namespace read like the usual ones. Attribute names keep theirs (`r:id`).
protocol XMLEventHandler: AnyObject {
    func start(_ name: String, attributes: [String: String]) throws(WorkbookProblem)
    func end(_ name: String) throws(WorkbookProblem)
    /// Character data inside the current element; may arrive in several pieces.
    func text(_ string: String)
}

extension XMLEventHandler {
    func end(_ name: String) throws(WorkbookProblem) {}
    func text(_ string: String) {}
}

/// Runs Foundation's streaming `XMLParser` over one part and forwards its events to a handler.
enum XMLEventParser {
    /// Parses `data` (the part `partName`), stopping at the first problem the handler throws.
    static func parse(_ data: Data, partName: String, into handler: some XMLEventHandler) throws(WorkbookProblem) {
        try refuseDocumentTypeDeclaration(in: data, partName: partName)
        // A stream is fed to libxml2 in chunks: given all at once, a part over 10 MB trips its
        // "huge input" guard and fails.
        let parser = XMLParser(stream: DataReadStream(data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true  // element names come without prefixes
        let delegate = Delegate(handler: handler)
        parser.delegate = delegate
        let finished = parser.parse()
        if let problem = delegate.problem { throw problem }
        // On Linux, parse() can return true for a document it reported an error in.
        guard finished, parser.parserError == nil else {
            let code = (parser.parserError as NSError?)?.code ?? 0
            throw .damaged("\(partName) is not well-formed XML (parser error \(code))")
        }
    }

    /// Excel never writes a DTD; one in a part is an entity-expansion bomb or an external-entity
    /// probe, refused before the parser sees it.
    static func refuseDocumentTypeDeclaration(in data: Data, partName: String) throws(WorkbookProblem) {
        if data.withUnsafeBytes(prologDeclaresDocumentType) {
            throw .crafted(WorkbookReason.documentTypeDeclaration(["part": partName]))
        }
    }

    /// True when a `<!DOCTYPE` (or any `<!` other than a comment) comes before the first element.
    private static func prologDeclaresDocumentType(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")), open + 1 < bytes.count {
            let after: Int?
            switch bytes[open + 1] {
            case UInt8(ascii: "?"):
                after = end(of: Array("?>".utf8), in: bytes, from: open + 2)
            case UInt8(ascii: "!"):
                guard bytes[(open + 2)...].starts(with: "--".utf8) else { return true }
                after = end(of: Array("-->".utf8), in: bytes, from: open + 4)
            default:
                return false
            }
            guard let after else { return false }
            index = after
        }
        return false
    }

    /// The index just past the first `pattern` at or after `start`.
    private static func end(of pattern: [UInt8], in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        var index = start
        while index + pattern.count <= bytes.count {
            guard let first = bytes[index...].firstIndex(of: pattern[0]) else { return nil }
            if bytes[first...].starts(with: pattern) { return first + pattern.count }
            index = first + 1
        }
        return nil
    }

    /// The local part of a possibly prefixed XML name (`r:id` is `id`).
    static func localName(_ name: String) -> Substring {
        guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name[...] }
        return name[name.index(after: colon)...]
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let handler: any XMLEventHandler
        var problem: WorkbookProblem?

        init(handler: any XMLEventHandler) { self.handler = handler }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            do { try handler.start(elementName, attributes: attributeDict) } catch {
                stop(parser, error)
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            do { try handler.end(elementName) } catch { stop(parser, error) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            handler.text(string)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            handler.text(String(decoding: CDATABlock, as: UTF8.self))
        }

        private func stop(_ parser: XMLParser, _ error: WorkbookProblem) {
            if problem == nil { problem = error }
            parser.abortParsing()
        }
    }
}

/// Hands `data` to the parser a piece at a time, reading it where it lies: `InputStream(data:)`
/// makes a copy of it (a worksheet of a year of attendance is about 90 MB of XML).
private final class DataReadStream: InputStream {
    private let data: Data
    private var offset = 0

    init(_ data: Data) {
        self.data = data
        super.init(data: Data())
    }

    override func open() {}

    override func close() {}

    override var hasBytesAvailable: Bool { offset < data.count }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        let count = min(length, data.count - offset)
        guard count > 0 else { return 0 }
        let start = data.startIndex + offset
        data.copyBytes(to: buffer, from: start..<(start + count))
        offset += count
        return count
    }
}
