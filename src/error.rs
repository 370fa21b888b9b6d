//! One error type for the whole API, rendered as RFC 9457 `application/problem+json`. Each variant has
//! one status and one stable `type` URI, listed in `docs/ERRORS.md`. Internal errors are logged once,
//! here, with their whole cause chain; the client sees a generic detail and the `x-request-id` header.

use actix_web::{
    error::{JsonPayloadError, PayloadError, QueryPayloadError},
    http::{header, StatusCode},
    HttpResponse, ResponseError,
};
use serde::Serialize;
use utoipa::ToSchema;

/// The media type of every error body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// A problem with one field of the input, e.g. a query parameter or a member of a JSON body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct FieldError {
    /// Where the problem is: a query parameter name, or a JSON path such as `designations[0].competence`.
    pub field: String,
    /// What is wrong with it.
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        FieldError {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "type": "urn:cna:problem:invalid-parameter",
    "title": "Invalid query parameter",
    "status": 400,
    "detail": "One or more query parameters are not valid.",
    "errors": [{"field": "country", "message": "unknown country code XYZ"}]
}))]
pub struct Problem {
    /// A stable URI naming the kind of problem; see docs/ERRORS.md.
    #[serde(rename = "type")]
    pub problem_type: &'static str,
    /// A short summary of the kind of problem.
    pub title: &'static str,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong with this request.
    pub detail: String,
    /// Field-level problems, for invalid input.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// Every way a request can fail.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    NotFound(String),
    #[error("no route matches {0}")]
    RouteNotFound(String),
    #[error("method {method} is not allowed here")]
    MethodNotAllowed { method: String, allow: String },
    #[error("invalid query parameters")]
    InvalidParameters(Vec<FieldError>),
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    Unauthorized(String),
    #[error("{0}")]
    Forbidden(String),
    #[error("too many attempts; retry in {retry_after_secs} seconds")]
    TooManyRequests { retry_after_secs: u64 },
    #[error("more than {limit} requests at once with this API key; retry when one has finished")]
    TooManyAtOnce { limit: u32 },
    #[error("this request must carry an If-Match header with the record's ETag")]
    PreconditionRequired,
    #[error("the record has changed since it was read (If-Match does not match); read it again")]
    PreconditionFailed,
    #[error("the request body is larger than {limit} bytes")]
    PayloadTooLarge { limit: usize },
    #[error("{0}")]
    UnsupportedMediaType(String),
    #[error("the request body is not valid")]
    Validation(Vec<FieldError>),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Gone(String),
    #[error("service unavailable: {0}")]
    Unavailable(String),
    /// An error answered by a part of the HTTP stack that does not speak problem+json itself.
    #[error("{detail}")]
    Http { status: StatusCode, detail: String },
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl ApiError {
    /// A single invalid query parameter.
    pub fn invalid_parameter(field: &str, message: impl Into<String>) -> Self {
        ApiError::InvalidParameters(vec![FieldError::new(field, message)])
    }

    fn kind(&self) -> (StatusCode, &'static str, &'static str) {
        use ApiError::*;
        match self {
            NotFound(_) | RouteNotFound(_) => (
                StatusCode::NOT_FOUND,
                "urn:cna:problem:not-found",
                "Not found",
            ),
            MethodNotAllowed { .. } => (
                StatusCode::METHOD_NOT_ALLOWED,
                "urn:cna:problem:method-not-allowed",
                "Method not allowed",
            ),
            InvalidParameters(_) => (
                StatusCode::BAD_REQUEST,
                "urn:cna:problem:invalid-parameter",
                "Invalid query parameter",
            ),
            BadRequest(_) => (
                StatusCode::BAD_REQUEST,
                "urn:cna:problem:malformed-request",
                "Malformed request",
            ),
            Unauthorized(_) => (
                StatusCode::UNAUTHORIZED,
                "urn:cna:problem:unauthorized",
                "Unauthorized",
            ),
            Forbidden(_) => (
                StatusCode::FORBIDDEN,
                "urn:cna:problem:forbidden",
                "Forbidden",
            ),
            TooManyRequests { .. } | TooManyAtOnce { .. } => (
                StatusCode::TOO_MANY_REQUESTS,
                "urn:cna:problem:too-many-requests",
                "Too many requests",
            ),
            PreconditionRequired => (
                StatusCode::PRECONDITION_REQUIRED,
                "urn:cna:problem:precondition-required",
                "Precondition required",
            ),
            PreconditionFailed => (
                StatusCode::PRECONDITION_FAILED,
                "urn:cna:problem:precondition-failed",
                "Precondition failed",
            ),
            PayloadTooLarge { .. } => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "urn:cna:problem:payload-too-large",
                "Request body too large",
            ),
            UnsupportedMediaType(_) => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "urn:cna:problem:unsupported-media-type",
                "Unsupported media type",
            ),
            Validation(_) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "urn:cna:problem:validation",
                "Validation failed",
            ),
            Conflict(_) => (StatusCode::CONFLICT, "urn:cna:problem:conflict", "Conflict"),
            Gone(_) => (StatusCode::GONE, "urn:cna:problem:gone", "Gone"),
            Unavailable(_) => (
                StatusCode::SERVICE_UNAVAILABLE,
                "urn:cna:problem:unavailable",
                "Service unavailable",
            ),
            Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "urn:cna:problem:internal",
                "Internal server error",
            ),
            Http { status, .. } => (
                *status,
                "urn:cna:problem:http",
                status.canonical_reason().unwrap_or("HTTP error"),
            ),
        }
    }

    /// The problem as one line of text, for the command line: the fields and what is wrong with
    /// each, or the detail when no field is named; an unexpected error with its causes.
    pub fn summary(&self) -> String {
        // The command line is the operator's: an unexpected error says what it was.
        if let ApiError::Internal(error) = self {
            return format!("{error:#}");
        }
        let problem = self.problem();
        let fields: Vec<String> = problem
            .errors
            .iter()
            .map(|e| format!("{}: {}", e.field, e.message))
            .collect();
        if fields.is_empty() {
            problem.detail
        } else {
            fields.join("; ")
        }
    }

    /// The problem document for this error.
    pub fn problem(&self) -> Problem {
        let (status, problem_type, title) = self.kind();
        let (detail, errors) = match self {
            ApiError::InvalidParameters(errors) => (
                "One or more query parameters are not valid.".to_owned(),
                errors.clone(),
            ),
            ApiError::Validation(errors) => (
                "One or more fields of the request body are not valid.".to_owned(),
                errors.clone(),
            ),
            ApiError::Unavailable(_) => (
                "The service cannot answer right now; retry shortly.".to_owned(),
                Vec::new(),
            ),
            ApiError::Internal(_) => (
                "An unexpected error occurred; quote the x-request-id response header when reporting it."
                    .to_owned(),
                Vec::new(),
            ),
            other => (other.to_string(), Vec::new()),
        };
        Problem {
            problem_type,
            title,
            status: status.as_u16(),
            detail,
            errors,
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.kind().0
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            ApiError::Internal(error) => {
                tracing::error!(error = format!("{error:#}"), "internal error")
            }
            ApiError::Unavailable(cause) => tracing::warn!(%cause, "service unavailable"),
            _ => {}
        }
        let mut response = HttpResponse::build(self.status_code());
        response.content_type(PROBLEM_JSON);
        match self {
            ApiError::MethodNotAllowed { allow, .. } => {
                response.insert_header((header::ALLOW, allow.as_str()));
            }
            ApiError::Unauthorized(_) => {
                response.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
            }
            ApiError::Unavailable(_) => {
                response.insert_header((header::RETRY_AFTER, "1"));
            }
            ApiError::TooManyRequests { retry_after_secs } => {
                response.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
            }
            ApiError::TooManyAtOnce { .. } => {
                response.insert_header((header::RETRY_AFTER, "1"));
            }
            _ => {}
        }
        response.json(self.problem())
    }
}

/// Turns every error answer that is not yet a problem document (one made by a part of the stack
/// other than the handlers: the documentation viewer's file server, an extractor configured
/// elsewhere) into one with the same status and headers, so that the contract's promise holds for
/// every answer.
pub async fn problems_everywhere(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<
    actix_web::dev::ServiceResponse<actix_web::body::EitherBody<impl actix_web::body::MessageBody>>,
    actix_web::Error,
> {
    use actix_web::dev::ServiceResponse;
    // Handlers' and extractors' errors arrive as responses; an error of a middleware inside this
    // one is one of ours, already a problem.
    let response = next.call(req).await?;
    match as_problem(response.request(), response.response()) {
        None => Ok(response.map_into_left_body()),
        Some(problem) => {
            let (request, _) = response.into_parts();
            Ok(ServiceResponse::new(request, problem).map_into_right_body())
        }
    }
}

/// The problem document that replaces `response`, when it is an error answer without one.
fn as_problem<B>(req: &actix_web::HttpRequest, response: &HttpResponse<B>) -> Option<HttpResponse> {
    let status = response.status();
    // A problem document already, or a page of the web application (its errors are pages).
    let answered = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| {
            v.as_bytes().starts_with(PROBLEM_JSON.as_bytes())
                || v.as_bytes().starts_with(b"text/html")
        });
    if answered || !(status.is_client_error() || status.is_server_error()) {
        return None;
    }
    let allow = response
        .headers()
        .get(header::ALLOW)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let error = match status {
        StatusCode::NOT_FOUND => {
            ApiError::RouteNotFound(format!("{} {}", req.method(), req.path()))
        }
        StatusCode::METHOD_NOT_ALLOWED => ApiError::MethodNotAllowed {
            method: req.method().to_string(),
            allow,
        },
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::PayloadTooLarge { limit: 0 },
        StatusCode::INTERNAL_SERVER_ERROR => ApiError::Internal(anyhow::anyhow!(
            "{} {} answered 500 without a problem",
            req.method(),
            req.path()
        )),
        status => ApiError::Http {
            status,
            detail: format!(
                "{} {}: {}",
                req.method(),
                req.path(),
                status.canonical_reason().unwrap_or("error")
            ),
        },
    };
    let mut problem = error.error_response();
    for (name, value) in response.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            problem.headers_mut().insert(name.clone(), value.clone());
        }
    }
    Some(problem)
}

impl From<diesel::result::Error> for ApiError {
    fn from(error: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match error {
            Error::NotFound => ApiError::NotFound("no such record".into()),
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => ApiError::Conflict(
                format!("a record with the same key exists: {}", info.message()),
            ),
            Error::DatabaseError(DatabaseErrorKind::ClosedConnection, info) => {
                ApiError::Unavailable(info.message().to_owned())
            }
            other => ApiError::Internal(anyhow::Error::new(other).context("database query failed")),
        }
    }
}

impl From<crate::db::PoolError> for ApiError {
    fn from(error: crate::db::PoolError) -> Self {
        ApiError::Unavailable(format!("database connection: {error}"))
    }
}

impl From<QueryPayloadError> for ApiError {
    fn from(error: QueryPayloadError) -> Self {
        ApiError::BadRequest(format!("the query string is not valid: {error}"))
    }
}

impl From<JsonPayloadError> for ApiError {
    fn from(error: JsonPayloadError) -> Self {
        match error {
            JsonPayloadError::OverflowKnownLength { limit, .. }
            | JsonPayloadError::Overflow { limit } => ApiError::PayloadTooLarge { limit },
            JsonPayloadError::ContentType => ApiError::UnsupportedMediaType(
                "the request body must be JSON (Content-Type: application/json)".into(),
            ),
            JsonPayloadError::Deserialize(e) if e.is_data() => {
                ApiError::Validation(vec![FieldError::new("body", e.to_string())])
            }
            JsonPayloadError::Deserialize(e) => {
                ApiError::BadRequest(format!("the request body is not valid JSON: {e}"))
            }
            JsonPayloadError::Payload(PayloadError::Overflow) => {
                ApiError::PayloadTooLarge { limit: 0 }
            }
            other => ApiError::BadRequest(format!("the request body could not be read: {other}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::body::MessageBody;

    #[test]
    fn internal_errors_never_leak_their_cause() {
        let error = ApiError::Internal(anyhow::anyhow!("password=hunter2 in connection string"));
        let response = error.error_response();
        assert_eq!(response.status(), 500);
        let body = response.into_body().try_into_bytes().unwrap();
        let text = std::str::from_utf8(&body).unwrap();
        assert!(!text.contains("hunter2"), "{text}");
        assert!(text.contains("urn:cna:problem:internal"), "{text}");
    }

    #[test]
    fn every_problem_type_is_documented() {
        let docs = include_str!("../docs/ERRORS.md");
        let samples = [
            ApiError::NotFound(String::new()),
            ApiError::MethodNotAllowed {
                method: "PUT".into(),
                allow: "GET".into(),
            },
            ApiError::InvalidParameters(vec![]),
            ApiError::BadRequest(String::new()),
            ApiError::Unauthorized(String::new()),
            ApiError::Forbidden(String::new()),
            ApiError::TooManyRequests {
                retry_after_secs: 1,
            },
            ApiError::TooManyAtOnce { limit: 1 },
            ApiError::PreconditionRequired,
            ApiError::PreconditionFailed,
            ApiError::PayloadTooLarge { limit: 1 },
            ApiError::UnsupportedMediaType(String::new()),
            ApiError::Validation(vec![]),
            ApiError::Conflict(String::new()),
            ApiError::Gone(String::new()),
            ApiError::Unavailable(String::new()),
            ApiError::Http {
                status: StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
                detail: String::new(),
            },
            ApiError::Internal(anyhow::anyhow!("x")),
        ];
        for error in samples {
            let problem = error.problem();
            assert!(
                docs.contains(problem.problem_type),
                "{} undocumented",
                problem.problem_type
            );
        }
    }
}
