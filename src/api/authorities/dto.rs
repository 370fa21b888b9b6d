//! Authority responses. The single-record shape is [`AuthorityView`], built only by
//! [`crate::domain::visibility::authority_view`].

pub use crate::domain::visibility::AuthorityView;

use crate::api::pagination::page_type;

page_type!(AuthorityPage, AuthorityView);
