import Hummingbird

/// The batch matrix as a CSV download.
enum BatchCSV {
    static func response(_ matrix: BatchMatrix) -> Response {
        let stem = CheckService.downloadStem(matrix.batch.name)
        return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8",
                                               .contentDisposition: "attachment; filename=\"\(stem).csv\""],
                        body: .init(byteBuffer: ByteBuffer(string: matrix.csv)))
    }
}
