//! Errors: loading gazetteers and configuring an extractor. Extraction itself never fails.

use std::path::PathBuf;

/// An error from loading a gazetteer or building an [`Extractor`](crate::Extractor).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A line of a gazetteer file could not be read: the file (or source name),
    /// the 1-based line number, the field and what was wrong with it.
    #[error("{source_name}:{line}: field `{field}`: {message}")]
    Parse {
        /// The file path or the name given to an in-memory source.
        source_name: String,
        /// 1-based line number.
        line: usize,
        /// The column that was wrong.
        field: &'static str,
        /// What was wrong.
        message: String,
    },
    /// A gazetteer file could not be read from disk.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The gazetteers could not be compiled into an automaton.
    #[error("cannot build the matcher: {0}")]
    Build(String),
}
