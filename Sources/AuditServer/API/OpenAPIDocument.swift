/// The OpenAPI 3.1 description of the API, served at `/api/v1/openapi.yaml`.
enum OpenAPIDocument {
    static let yaml = #"""
    openapi: 3.1.0
    info:
      title: AuditReady API
      version: "1"
      description: |
        Upload a factory's compliance evidence archive and get back what a social-compliance
        auditor would find: the same reports as `auditready check`.

        Every request but this document's needs `Authorization: Bearer <token>`; a token is made on
        the server with `auditready token create --data DIR --org NAME [--role member|reviewer]`.
        A token sees its organisation's checks only: any other check is answered 404, exactly as
        one that does not exist. A reviewer token reads and downloads; only a member token uploads
        and deletes (403 otherwise).
    servers:
      - url: /
    security:
      - bearer: []
    paths:
      /api/v1/openapi.yaml:
        get:
          summary: This document
          security: []
          responses:
            "200":
              description: The OpenAPI document
              content:
                application/yaml: {}
      /api/v1/checks:
        post:
          summary: Upload an archive and queue its check
          requestBody:
            required: true
            content:
              multipart/form-data:
                schema:
                  type: object
                  required: [archive]
                  properties:
                    archive:
                      type: string
                      format: binary
                      description: The evidence archive (.zip, .tar.gz, .7z, .rar, ...); one per request. An archive that holds only archives (two or more, one per supplier) is split into a batch with one check per supplier archive.
                    ruleset:
                      type: string
                      description: Rule packs, comma-separated; default china-labor-law.
                      example: china-labor-law
                    asOf:
                      type: string
                      format: date
                      description: The day the evidence is judged on; default today (the server's).
                    region:
                      type: string
                      description: Region whose minimum wage applies (e.g. shenzhen); default from the business license.
                    batch:
                      type: string
                      description: The id of one of the organisation's batches (POST /api/v1/batches) this check joins.
          responses:
            "201":
              description: Queued; Location is the check, or the batch when the upload was split
              headers:
                Location:
                  schema: {type: string}
              content:
                application/json:
                  schema:
                    oneOf:
                      - type: object
                        description: One check
                        required: [id]
                        properties:
                          id: {type: string}
                      - type: object
                        description: An archive of supplier archives, split into a batch (the one named in `batch`, or a new one named after the upload) with one check per supplier archive, in archive order
                        required: [batch, checks]
                        properties:
                          batch: {type: string}
                          checks: {type: array, items: {type: string}}
            "400": {$ref: "#/components/responses/Problem"}
            "401": {$ref: "#/components/responses/Problem"}
            "403": {$ref: "#/components/responses/Problem"}
            "413": {$ref: "#/components/responses/Problem"}
            "415": {$ref: "#/components/responses/Problem"}
        get:
          summary: The caller's organisation's checks, newest first
          responses:
            "200":
              description: The checks
              content:
                application/json:
                  schema:
                    type: object
                    required: [checks]
                    properties:
                      checks:
                        type: array
                        items: {$ref: "#/components/schemas/Check"}
            "401": {$ref: "#/components/responses/Problem"}
      /api/v1/checks/{id}:
        parameters:
          - {name: id, in: path, required: true, schema: {type: string}}
        get:
          summary: A check's status and progress
          responses:
            "200":
              description: The check
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Check"}
            "401": {$ref: "#/components/responses/Problem"}
            "404": {$ref: "#/components/responses/Problem"}
        delete:
          summary: Delete a check with its archive and reports
          responses:
            "204": {description: Deleted}
            "401": {$ref: "#/components/responses/Problem"}
            "403": {$ref: "#/components/responses/Problem"}
            "404": {$ref: "#/components/responses/Problem"}
      /api/v1/checks/{id}/{file}:
        parameters:
          - {name: id, in: path, required: true, schema: {type: string}}
          - name: file
            in: path
            required: true
            schema:
              type: string
              enum: [report.json, report.html, report.csv, report.md, report.txt]
          - name: download
            in: query
            required: false
            description: When present, the report is sent as an attachment.
            schema: {type: string}
          - name: lang
            in: query
            required: false
            description: The report's language, its findings' messages and actions included (`auditready check --lang`); English when left out.
            schema: {type: string, enum: [en, zh]}
        get:
          summary: A finished check's report
          description: |
            report.json is the contract (the same JSON as `auditready check --format json`, its
            `input` being the uploaded file's name); report.html is the same page as `--format html`.
          responses:
            "200":
              description: The report
              content:
                application/json: {}
                text/html: {}
                text/csv: {}
                text/markdown: {}
                text/plain: {}
            "401": {$ref: "#/components/responses/Problem"}
            "404": {$ref: "#/components/responses/Problem"}
            "409": {$ref: "#/components/responses/Problem"}
      /api/v1/batches:
        post:
          summary: Create a batch that uploads can join (field `batch`)
          requestBody:
            required: false
            content:
              application/json:
                schema:
                  type: object
                  properties:
                    name: {type: string, description: "Shown on the batch page; default: Batch of <time>"}
          responses:
            "201":
              description: Created
              content:
                application/json:
                  schema:
                    type: object
                    required: [id]
                    properties:
                      id: {type: string}
            "401": {$ref: "#/components/responses/Problem"}
            "403": {$ref: "#/components/responses/Problem"}
      /api/v1/batches/{id}:
        parameters:
          - {name: id, in: path, required: true, schema: {type: string}}
        get:
          summary: "A batch: suppliers × categories, worst first"
          responses:
            "200":
              description: The batch
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Batch"}
            "401": {$ref: "#/components/responses/Problem"}
            "404": {$ref: "#/components/responses/Problem"}
      /api/v1/batches/{id}/batch.csv:
        parameters:
          - {name: id, in: path, required: true, schema: {type: string}}
        get:
          summary: The batch's matrix as CSV
          responses:
            "200":
              description: One row per supplier archive, worst first; open errors and warnings per category
              content:
                text/csv: {}
            "401": {$ref: "#/components/responses/Problem"}
            "404": {$ref: "#/components/responses/Problem"}
    components:
      securitySchemes:
        bearer:
          type: http
          scheme: bearer
      responses:
        Problem:
          description: What went wrong and what to change
          content:
            application/json:
              schema:
                type: object
                properties:
                  error:
                    type: object
                    properties:
                      message: {type: string}
      schemas:
        Check:
          type: object
          required: [id, status, fileName, ruleset, asOf, progress, attempts, createdAt]
          properties:
            id: {type: string}
            status:
              type: string
              enum: [queued, running, done, failed]
            fileName: {type: string, description: The uploaded file's name}
            ruleset: {type: string}
            asOf: {type: string, format: date}
            region: {type: string}
            progress:
              type: object
              required: [documentsDone]
              properties:
                documentsDone: {type: integer, description: Entries of the archive handled so far}
                currentDocument: {type: string, description: The entry being read now}
            summary:
              type: object
              description: Present once done
              properties:
                documents: {type: integer}
                findings: {type: integer}
                openErrors: {type: integer}
                openWarnings: {type: integer}
                categories:
                  type: object
                  description: Open errors and warnings by finding category
                  additionalProperties: {$ref: "#/components/schemas/CategoryCount"}
            error: {type: string, description: Why the check failed}
            attempts: {type: integer, description: Times a server or worker started this check (above 1 after a restart mid-check or after its worker stopped heartbeating)}
            createdAt: {type: string, format: date-time}
            startedAt: {type: string, format: date-time}
            finishedAt: {type: string, format: date-time}
            reports:
              type: object
              description: Download paths by format, once done
              additionalProperties: {type: string}
        CategoryCount:
          type: object
          properties:
            errors: {type: integer}
            warnings: {type: integer}
        Batch:
          type: object
          required: [id, name, createdAt, categories, rows, csv]
          properties:
            id: {type: string}
            name: {type: string}
            createdAt: {type: string, format: date-time}
            categories:
              type: array
              description: Finding categories with an open error or warning in some row (the columns)
              items: {type: string}
            rows:
              type: array
              description: Worst first - failed checks, then most open errors, then most warnings, then checks not done
              items:
                type: object
                properties:
                  supplier: {type: string, description: The archive's file name without its extensions}
                  check: {$ref: "#/components/schemas/Check"}
                  categories:
                    type: object
                    additionalProperties: {$ref: "#/components/schemas/CategoryCount"}
            csv: {type: string, description: The path of the CSV}
    """#
}
