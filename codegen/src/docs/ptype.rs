//! A type as the pages write it, parsed.

/// A type as a page writes it: `integer`, `User[]`, ```` ```string|null``` ````.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PType {
    /// A name: `integer`, `array`, `null`, `Chat`. Built-in names are lower case.
    Name(String),
    /// `T[]`
    List(Box<PType>),
    /// `A | B`
    Union(Vec<PType>),
}

impl PType {
    /// Parses a type as written on a page.
    pub fn parse(text: &str) -> Option<PType> {
        let members: Vec<PType> = text
            .split('|')
            .map(str::trim)
            .filter(|m| !m.is_empty())
            .map(|m| {
                let mut depth = 0;
                let mut name = m;
                while let Some(inner) = name.strip_suffix("[]") {
                    depth += 1;
                    name = inner.trim();
                }
                let name = if name.chars().next().is_some_and(|c| c.is_lowercase()) {
                    name.to_lowercase()
                } else {
                    name.to_owned()
                };
                let mut ty = PType::Name(name);
                for _ in 0..depth {
                    ty = PType::List(Box::new(ty));
                }
                ty
            })
            .collect();
        match members.len() {
            0 => None,
            1 => members.into_iter().next(),
            _ => Some(PType::Union(members)),
        }
    }

    /// The members of a union (itself for a single type).
    pub fn members(&self) -> Vec<&PType> {
        match self {
            PType::Union(m) => m.iter().collect(),
            other => vec![other],
        }
    }

    /// Whether `null` is one of the members.
    pub fn nullable(&self) -> bool {
        self.members()
            .iter()
            .any(|m| matches!(m, PType::Name(n) if n == "null"))
    }

    /// The members other than `null`.
    pub fn non_null(&self) -> Vec<&PType> {
        self.members()
            .into_iter()
            .filter(|m| !matches!(m, PType::Name(n) if n == "null"))
            .collect()
    }
}

impl std::fmt::Display for PType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PType::Name(n) => f.write_str(n),
            PType::List(t) => write!(f, "{t}[]"),
            PType::Union(m) => {
                for (i, t) in m.iter().enumerate() {
                    if i > 0 {
                        f.write_str("|")?;
                    }
                    write!(f, "{t}")?;
                }
                Ok(())
            }
        }
    }
}
