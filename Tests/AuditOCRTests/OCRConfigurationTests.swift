@testable import AuditOCR
import Foundation
import Testing

@Suite("OCR configuration")
struct OCRConfigurationTests {
    @Test("The identity of OCR results changes with the languages, the resolution and any change to a model file")
    func resultIdentity() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tessdata-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("eng.traineddata")
        try Data(repeating: 1, count: 10).write(to: model)
        let configuration = OCRConfiguration(languages: ["eng"], tessdataPath: folder.path)
        let before = configuration.resultIdentity
        #expect(OCRConfiguration(languages: ["eng"], tessdataPath: folder.path).resultIdentity == before)
        #expect(OCRConfiguration(languages: ["eng"], tessdataPath: folder.path, dpi: 200).resultIdentity != before)
        #expect(OCRConfiguration(languages: ["eng", "chi_sim"], tessdataPath: folder.path).resultIdentity != before)
        try Data(repeating: 2, count: 11).write(to: model)  // an upgraded package
        #expect(configuration.resultIdentity != before)
    }
}
