//! The types of the `Forms` resources.
/// The `verify.v2.form` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Form {
    /// The Type of this Form. Currently only `form-push` is supported.
    pub form_type: Option<crate::verify_v2::FormFormTypes>,
    /// Object that contains the available forms for this type. This available forms are given in the standard [JSON Schema](https://json-schema.org/) format
    pub forms: Option<serde_json::Value>,
    /// Additional information for the available forms for this type. E.g. The separator string used for `binding` in a Factor push.
    pub form_meta: Option<serde_json::Value>,
    /// The URL to access the forms for this type.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for Form {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "form_type" => member.value(&mut self.form_type),
            "forms" => member.value(&mut self.forms),
            "form_meta" => member.value(&mut self.form_meta),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for Form {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for Form {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(serializer, "Form", 4)?;
        out.value("form_type", &self.form_type)?;
        out.value("forms", &self.forms)?;
        out.value("form_meta", &self.form_meta)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The Type of this Form.
///
/// Decoding keeps values the spec does not list as [`FormFormTypes::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum FormFormTypes {
    /// `form-push`
    FormPush,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl FormFormTypes {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["form-push"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FormPush => "form-push",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "form-push" => Self::FormPush,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for FormFormTypes {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for FormFormTypes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for FormFormTypes {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "FormFormTypes",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for FormFormTypes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for FormFormTypes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
