import AuditCore
import Foundation
import Hummingbird

/// The JSON API under `/api/v1`, described by `OpenAPIDocument`.
enum APIRoutes {
    /// Adds the API's routes to `router`.
    static func add(to router: Router<ServerContext>, service: CheckService) {
        let api = router.group("api/v1")
        api.get("openapi.yaml") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.yaml)))
        }
        let checks = api.group("checks").add(middleware: BearerTokenMiddleware(store: service.store))
        checks.post { request, context in
            let outcome = try await service.upload(request, caller: context.requireCaller())
            var response = try JSONAnswer.response(outcome, status: .created)
            response.headers[.location] = outcome.location
            return response
        }
        checks.get { _, context in
            try await JSONAnswer.response(["checks": service.list(caller: context.requireCaller()).map(CheckView.init)])
        }
        checks.get(":id") { _, context in
            try await JSONAnswer.response(CheckView(service.check(context.parameters.require("id"), caller: context.requireCaller())))
        }
        checks.delete(":id") { _, context in
            try await service.delete(context.parameters.require("id"), caller: context.requireCaller())
            return Response(status: .noContent)
        }
        checks.get(":id/:file") { request, context in
            let caller = try context.requireCaller()
            let id = try context.parameters.require("id")
            guard let file = ReportFile(fileName: try context.parameters.require("file")) else {
                // Found first: another organisation's check is a 404 whatever file is asked for.
                _ = try await service.check(id, caller: caller)
                throw HTTPError(.notFound, message: "no such report; ask for one of \(ReportFile.allCases.map(\.fileName).joined(separator: ", "))")
            }
            let download = request.uri.queryParameters["download"] != nil
            // `lang=zh` for the report in Chinese; English otherwise.
            let language = request.uri.queryParameters["lang"].flatMap { ReportLanguage(rawValue: String($0)) } ?? .en
            return try await service.report(id, file: file, language: language, caller: caller, download: download)
        }

        let batches = api.group("batches").add(middleware: BearerTokenMiddleware(store: service.store))
        batches.post { request, context in
            var request = request
            let body = try await request.collectBody(upTo: 4096)
            let name = body.readableBytes == 0 ? nil : try JSONDecoder().decode(NewBatchRequest.self, from: Data(body.readableBytesView)).name
            let id = try await service.createBatch(name: name, caller: context.requireCaller())
            var response = try JSONAnswer.response(["id": id], status: .created)
            response.headers[.location] = "/api/v1/batches/\(id)"
            return response
        }
        batches.get(":id") { _, context in
            try await JSONAnswer.response(BatchView(service.batch(context.parameters.require("id"), caller: context.requireCaller())))
        }
        batches.get(":id/batch.csv") { _, context in
            let matrix = try await service.batch(context.parameters.require("id"), caller: context.requireCaller())
            return BatchCSV.response(matrix)
        }
    }
}
