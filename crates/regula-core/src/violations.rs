use std::fmt;

/// Everything wrong with one input, never empty.
///
/// Validators in Regula report every violation they find, not only the first, so that a Dean's
/// office can mend a course sheet or a timetable in one pass. `Violations` displays as one line per
/// violation.
///
/// ```
/// use regula_core::Violations;
///
/// let mut found = Vec::new();
/// found.push("`a` is missing");
/// found.push("`b` is negative");
/// let violations = Violations::from_vec(found).unwrap_err();
/// assert_eq!(violations.len(), 2);
/// assert_eq!(violations.to_string(), "`a` is missing\n`b` is negative");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(transparent)]
pub struct Violations<E>(Vec<E>);

impl<E> Violations<E> {
    /// `Ok(())` when `found` is empty, otherwise the violations it holds.
    pub fn from_vec(found: Vec<E>) -> Result<(), Self> {
        if found.is_empty() {
            Ok(())
        } else {
            Err(Violations(found))
        }
    }

    /// A single violation.
    pub fn one(violation: E) -> Self {
        Violations(vec![violation])
    }

    /// How many violations there are (at least one).
    #[allow(clippy::len_without_is_empty)] // never empty by construction
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The violations, in the order they were found.
    pub fn iter(&self) -> std::slice::Iter<'_, E> {
        self.0.iter()
    }

    /// The violations as a vector.
    pub fn into_vec(self) -> Vec<E> {
        self.0
    }

    /// The same violations, each converted.
    pub fn map<F, T>(self, f: F) -> Violations<T>
    where
        F: FnMut(E) -> T,
    {
        Violations(self.0.into_iter().map(f).collect())
    }
}

impl<E> IntoIterator for Violations<E> {
    type Item = E;
    type IntoIter = std::vec::IntoIter<E>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, E> IntoIterator for &'a Violations<E> {
    type Item = &'a E;
    type IntoIter = std::slice::Iter<'a, E>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<E: fmt::Display> fmt::Display for Violations<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, violation) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{violation}")?;
        }
        Ok(())
    }
}

impl<E: fmt::Debug + fmt::Display> std::error::Error for Violations<E> {}
