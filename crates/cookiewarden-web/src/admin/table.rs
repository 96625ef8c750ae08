//! Tables of the back office sorted by a column the reader picks (`?sort=column&dir=desc`) and
//! paged by the number of the row a page follows (`?before=N`), read here and applied by the
//! server, so neither needs a script.

use serde::{Deserialize, Serialize};

/// The column a table is sorted by, as the query string asks.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
pub(crate) struct Sort {
    /// The column's key; empty: the table's own order.
    #[serde(default, rename(deserialize = "sort"))]
    pub(crate) column: String,
    /// `desc` for the descending order.
    #[serde(default, rename(deserialize = "dir"), skip_serializing)]
    direction: String,
    /// Whether the order is descending (what the template reads).
    #[serde(default, skip_deserializing)]
    pub(crate) descending: bool,
}

impl Sort {
    /// Sorts `rows` by the value `key` gives for the asked column (compared ignoring case, the
    /// order stable), when the column is one of `columns`; leaves them as they are otherwise.
    pub(crate) fn apply<T>(
        &mut self,
        rows: &mut [T],
        columns: &[&str],
        key: impl Fn(&T, &str) -> String,
    ) {
        self.descending = self.direction == "desc";
        if !columns.contains(&self.column.as_str()) {
            self.column.clear();
            return;
        }
        let column = self.column.as_str();
        rows.sort_by(|a, b| {
            let order = key(a, column)
                .to_lowercase()
                .cmp(&key(b, column).to_lowercase());
            if self.descending {
                order.reverse()
            } else {
                order
            }
        });
    }
}

/// A page cursor from the query string: empty for none, else a row number from 1; the text
/// itself when it is not one, for the refusal to name.
pub(crate) fn cursor(text: &str) -> Result<Option<i64>, String> {
    match text {
        "" => Ok(None),
        text => text
            .parse::<i64>()
            .ok()
            .filter(|n| *n >= 1)
            .map(Some)
            .ok_or_else(|| text.to_owned()),
    }
}
