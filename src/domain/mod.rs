//! Domain types: parse, don't validate. Every value that crosses the API boundary is parsed once into
//! one of these types, so handlers and the database layer never see a raw, unchecked string.

mod account;
mod authority;
pub mod case;
mod codes;
pub mod contact_details;
pub mod dates;
pub mod freshness;
mod iso639;
pub use iso639::ISO_639_1;
pub mod legislation;
mod record_kind;
pub mod treaty;
pub mod visibility;

pub use account::{AccountEmail, AccountLanguage, Email, PartnerTier, Password, Role};
pub use authority::{
    stale_cutoff, Authority, AuthorityKind, AuthorityStatus, Channel, Contact, ContactRole,
    ContactVisibility, Designation, Means, UntocBasis, STALE_AFTER_DAYS,
};
pub use codes::{
    ArticleId, CodeError, CompetenceCode, CountryCode, LanguageCode, RegionCode, TermCode,
};
pub use record_kind::RecordKind;

/// Declares a closed set of values stored as text in Postgres and written in `snake_case` in JSON.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
                 serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The text of every value, in declaration order.
            pub const TEXTS: &'static [&'static str] = &[$($text),+];

            /// The text stored in the database and written in JSON.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::domain::CodeError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err($crate::domain::CodeError::new(format!(
                        "must be one of: {}",
                        [$($text),+].join(", ")
                    ))),
                }
            }
        }

        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$($text),+]))
                    .into()
            }
        }

        impl utoipa::ToSchema for $name {
            fn name() -> std::borrow::Cow<'static, str> {
                std::borrow::Cow::Borrowed(stringify!($name))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use text_enum;
