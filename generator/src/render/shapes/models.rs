//! The shapes of the models: a lenient struct (its fields, match arms and writes) and an enum.

use super::{Named, named};
use syn::{Arm, Field, Item, Stmt};

/// The shapes of the models.
pub(crate) struct ModelShapes {
    /// A struct read leniently (every field optional).
    pub(crate) lenient_struct: Named<Item>,
    /// A public struct field.
    pub(crate) field: Named<Field>,
    /// A lenient struct's `formats::lenient::Fields` impl.
    pub(crate) fields_impl: Named<Item>,
    /// The arm of `Fields::read` that reads one member.
    pub(crate) read_arm: Named<Arm>,
    /// A lenient struct's `Deserialize` impl.
    pub(crate) deserialize_impl: Named<Item>,
    /// A lenient struct's `Serialize` impl.
    pub(crate) serialize_impl: Named<Item>,
    /// The statement of `Serialize::serialize` that writes one member.
    pub(crate) write: Named<Stmt>,
    /// An enum of listed values, without them.
    pub(crate) enum_item: Named<Item>,
    /// A listed value.
    pub(crate) variant: Named<syn::Variant>,
    /// An enum's inherent `impl`: its values, `as_str`, `is_known`, `from_wire`.
    pub(crate) enum_impl: Named<Item>,
    /// The arm of `as_str` for one value.
    pub(crate) to_str_arm: Named<Arm>,
    /// The arm of `from_wire` for one value.
    pub(crate) from_str_arm: Named<Arm>,
    /// An enum's `Listed` (the runtime's check of unlisted values).
    pub(crate) enum_listed: Named<Item>,
    /// An enum's `Display`: its wire value.
    pub(crate) enum_display: Named<Item>,
    /// An enum's `FromStr`: a listed value, or an error naming the kind (`__kind`).
    pub(crate) enum_from_str: Named<Item>,
    /// An enum's `Serialize`: its wire value.
    pub(crate) enum_serialize: Named<Item>,
    /// An enum's `Deserialize`: any text, an unlisted value kept.
    pub(crate) enum_deserialize: Named<Item>,
}

impl ModelShapes {
    pub(super) fn parse() -> Self {
        use syn::parse_quote as q;
        ModelShapes {
            lenient_struct: named(
                "models.lenient_struct",
                q! {
                    #[doc = "__doc"]
                    #[derive(Clone, Debug, Default, PartialEq)]
                    #[non_exhaustive]
                    pub struct __Name {
                        __fields: _,
                    }
                },
            ),
            field: named(
                "models.field",
                q! {
                    #[doc = "__doc"]
                    pub __field: __Type
                },
            ),
            fields_impl: named(
                "models.fields_impl",
                q! {
                    impl crate::formats::lenient::Fields for __Name {
                        fn read<'de, M: crate::formats::lenient::Member<'de>>(
                            &mut self,
                            key: &str,
                            member: M,
                        ) -> Result<(), M::Error> {
                            match key {
                                __reads => {}
                                _ => member.skip(),
                            }
                        }
                    }
                },
            ),
            read_arm: named(
                "models.read_arm",
                q!("__wire" => member.__method(&mut self.__field)),
            ),
            deserialize_impl: named(
                "models.deserialize_impl",
                q! {
                    impl<'de> serde::Deserialize<'de> for __Name {
                        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                            crate::formats::lenient::object(deserializer)
                        }
                    }
                },
            ),
            serialize_impl: named(
                "models.serialize_impl",
                q! {
                    impl serde::Serialize for __Name {
                        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                            let mut out = crate::formats::lenient::Writer::new(serializer, "__name", __count)?;
                            __stmts;
                            out.end()
                        }
                    }
                },
            ),
            write: named("models.write", q!(out.__method("__wire", &self.__field)?;)),
            enum_item: named(
                "models.enum_item",
                q! {
                    #[doc = "__doc"]
                    #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
                    #[non_exhaustive]
                    pub enum __Name {
                        __variants,
                        /// A value the spec does not list, as the API sent it.
                        Unknown(crate::UnknownValue),
                    }
                },
            ),
            variant: named(
                "models.variant",
                q! {
                    #[doc = "__doc"]
                    __Variant
                },
            ),
            enum_impl: named(
                "models.enum_impl",
                q! {
                    impl __Name {
                        /// The values the spec lists.
                        pub const VALUES: &'static [&'static str] = &[__values];

                        /// The value as it is sent and received.
                        pub fn as_str(&self) -> &str {
                            match self {
                                __to_str => {}
                                Self::Unknown(v) => v.as_str(),
                            }
                        }

                        /// Whether the spec lists this value.
                        pub fn is_known(&self) -> bool {
                            !matches!(self, Self::Unknown(_))
                        }

                        fn from_wire(value: String) -> Self {
                            match value.as_str() {
                                __from_str => {}
                                _ => Self::Unknown(crate::UnknownValue(value)),
                            }
                        }
                    }
                },
            ),
            to_str_arm: named("models.to_str_arm", q!(Self::__Variant => "__wire")),
            from_str_arm: named("models.from_str_arm", q!("__wire" => Self::__Variant)),
            enum_listed: named(
                "models.enum_listed",
                q! {
                    impl crate::formats::check::Listed for __Name {
                        fn unlisted(&self) -> Option<&str> {
                            match self {
                                Self::Unknown(v) => Some(v.as_str()),
                                _ => None,
                            }
                        }
                    }
                },
            ),
            enum_display: named(
                "models.enum_display",
                q! {
                    impl std::fmt::Display for __Name {
                        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                            f.write_str(self.as_str())
                        }
                    }
                },
            ),
            enum_from_str: named(
                "models.enum_from_str",
                q! {
                    impl std::str::FromStr for __Name {
                        type Err = crate::InvalidEnumValue;

                        /// Parses one of the listed values; anything else is an error.
                        fn from_str(s: &str) -> Result<Self, Self::Err> {
                            let value = Self::from_wire(s.to_owned());
                            if value.is_known() {
                                Ok(value)
                            } else {
                                Err(crate::InvalidEnumValue { kind: "__kind", allowed: Self::VALUES })
                            }
                        }
                    }
                },
            ),
            enum_serialize: named(
                "models.enum_serialize",
                q! {
                    impl serde::Serialize for __Name {
                        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                            serializer.serialize_str(self.as_str())
                        }
                    }
                },
            ),
            enum_deserialize: named(
                "models.enum_deserialize",
                q! {
                    impl<'de> serde::Deserialize<'de> for __Name {
                        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                            String::deserialize(deserializer).map(Self::from_wire)
                        }
                    }
                },
            ),
        }
    }
}
