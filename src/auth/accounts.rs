//! Creating accounts: one rule set for `cna user create` and `POST /v1/admin/users`.

use chrono::Utc;
use uuid::Uuid;

use crate::db::{models, models::reference::Reference, models::user::User, Conn};
use crate::domain::{AccountEmail, AccountLanguage, CountryCode, Password, Role};
use crate::error::{ApiError, FieldError};

/// A checked request for a new account.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: AccountEmail,
    pub role: Role,
    pub country: Option<CountryCode>,
    pub password: Password,
    pub language: AccountLanguage,
}

impl NewUser {
    /// Parses raw values, reporting every problem with its field name.
    pub fn parse(
        email: &str,
        role: &str,
        country: Option<&str>,
        password: &str,
        language: Option<&str>,
    ) -> Result<NewUser, ApiError> {
        let mut errors = Vec::new();
        let language = language
            .map(str::parse::<AccountLanguage>)
            .transpose()
            .map_err(|e| errors.push(FieldError::new("language", e.to_string())))
            .map(|l| l.unwrap_or(AccountLanguage::En));
        let email = AccountEmail::parse(email)
            .map_err(|e| errors.push(FieldError::new("email", e.to_string())));
        let role = role
            .parse::<Role>()
            .map_err(|e| errors.push(FieldError::new("role", e.to_string())));
        let country = country
            .map(CountryCode::parse)
            .transpose()
            .map_err(|e| errors.push(FieldError::new("country", e.to_string())));
        let password = Password::parse(password)
            .map_err(|e| errors.push(FieldError::new("password", e.to_string())));
        match (email, role, country, password, language) {
            (Ok(email), Ok(role), Ok(country), Ok(password), Ok(language)) => {
                match (role, &country) {
                    (Role::FocalPoint, None) => errors.push(FieldError::new(
                        "country",
                        "a focal point acts for one State: name its ISO 3166-1 alpha-3 code",
                    )),
                    (Role::Admin | Role::Reader, Some(_)) => errors.push(FieldError::new(
                        "country",
                        "only focal points are bound to a State",
                    )),
                    _ => {}
                }
                if errors.is_empty() {
                    return Ok(NewUser {
                        email,
                        role,
                        country,
                        password,
                        language,
                    });
                }
                Err(ApiError::Validation(errors))
            }
            _ => Err(ApiError::Validation(errors)),
        }
    }
}

/// Stores a new account whose password is already hashed. 409 when the e-mail address is taken
/// (whatever its letter case), 422 when the country does not exist.
pub async fn create(
    conn: &mut Conn,
    new: &NewUser,
    password_hash: String,
) -> Result<User, ApiError> {
    if let Some(country) = &new.country {
        if !models::reference::exists(conn, Reference::Country, country.as_str()).await? {
            return Err(ApiError::Validation(vec![FieldError::new(
                "country",
                format!("unknown country code {country}"),
            )]));
        }
    }
    let now = Utc::now();
    let user = User {
        id: Uuid::new_v4(),
        email: new.email.as_str().to_owned(),
        password_hash,
        role: new.role.as_str().to_owned(),
        country: new.country.as_ref().map(|c| c.as_str().to_owned()),
        active: true,
        tokens_valid_after: now,
        created_at: now,
        updated_at: now,
        language: new.language.as_str().to_owned(),
        reminders_paused: false,
    };
    match models::user::insert(conn, &user).await {
        Ok(()) => Ok(user),
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => Err(ApiError::Conflict(format!(
            "an account with the e-mail address {} exists",
            new.email.as_str()
        ))),
        Err(e) => Err(e.into()),
    }
}

/// Disables an account and ends every session it has (refresh tokens, web sessions by the
/// account's `active` flag); the account as it now stands. 404 when there is none.
pub async fn disable(conn: &mut Conn, id: Uuid) -> Result<User, ApiError> {
    use diesel_async::{scoped_futures::ScopedFutureExt, AsyncConnection};
    conn.transaction::<_, ApiError, _>(|conn| {
        async move {
            let now = Utc::now();
            if !models::user::disable(conn, id, now).await? {
                return Err(ApiError::NotFound(format!("no account has the id {id}")));
            }
            models::refresh_token::revoke_user(conn, id, now).await?;
            models::user::find(conn, id)
                .await?
                .ok_or_else(|| ApiError::NotFound(format!("no account has the id {id}")))
        }
        .scope_boxed()
    })
    .await
}
