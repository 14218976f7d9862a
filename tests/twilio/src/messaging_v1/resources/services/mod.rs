//! The `Services` resources: how to reach their operations, and the operations' parameters.
#[rustfmt::skip]
mod alpha_senders;
#[rustfmt::skip]
mod channel_senders;
#[rustfmt::skip]
mod compliance;
#[rustfmt::skip]
mod destination_alpha_senders;
#[rustfmt::skip]
mod phone_numbers;
#[rustfmt::skip]
mod preregistered_usa2p;
#[rustfmt::skip]
mod short_codes;
#[rustfmt::skip]
mod usecases;
pub use alpha_senders::*;
pub use channel_senders::*;
pub use compliance::*;
pub use destination_alpha_senders::*;
pub use phone_numbers::*;
pub use preregistered_usa2p::*;
pub use short_codes::*;
pub use usecases::*;
/// The inputs of `UpdateService`: required ones go to [`UpdateServiceParams::new`], optional ones have setters.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct UpdateServiceParams {
    /// A descriptive string that you create to describe the resource
    #[cfg_attr(feature = "cli", arg(long))]
    pub friendly_name: Option<String>,
    /// The URL we call using `inbound_method` when a message is received by any phone number or short code in the Service
    #[cfg_attr(feature = "cli", arg(long))]
    pub inbound_request_url: Option<crate::Uri>,
    /// The HTTP method we should use to call `inbound_request_url`
    #[cfg_attr(feature = "cli", arg(long))]
    pub inbound_method: Option<crate::messaging_v1::Method>,
    /// The URL that we call using `fallback_method` if an error occurs while retrieving or executing the TwiML from the Inbound Request URL
    #[cfg_attr(feature = "cli", arg(long))]
    pub fallback_url: Option<crate::Uri>,
    /// The HTTP method we should use to call `fallback_url`
    #[cfg_attr(feature = "cli", arg(long))]
    pub fallback_method: Option<crate::messaging_v1::Method>,
    /// The URL we should call to pass status updates about message delivery
    #[cfg_attr(feature = "cli", arg(long))]
    pub status_callback: Option<crate::Uri>,
    /// Whether to enable Sticky Sender on the Service instance
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub sticky_sender: Option<bool>,
    /// Whether to enable the MMS Converter for messages sent through the Service instance
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub mms_converter: Option<bool>,
    /// Whether to enable Smart Encoding for messages sent through the Service instance
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub smart_encoding: Option<bool>,
    /// Reserved
    #[cfg_attr(feature = "cli", arg(long))]
    pub scan_message_content: Option<crate::messaging_v1::ServiceScanMessageContent>,
    /// \[OBSOLETE\] Former feature used to fallback to long code sender after certain short code message failures
    #[cfg_attr(
        feature = "cli",
        arg(
            long,
            help = "[OBSOLETE] Former feature used to fallback to long code sender after certain short code message failures",
            action = clap::ArgAction::Set
        )
    )]
    pub fallback_to_long_code: Option<bool>,
    /// Whether to enable Area Code Geomatch on the Service Instance
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub area_code_geomatch: Option<bool>,
    /// How long, in seconds, messages sent from the Service are valid
    #[cfg_attr(feature = "cli", arg(long))]
    pub validity_period: Option<i64>,
    /// Reserved
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub synchronous_validation: Option<bool>,
    /// A string that describes the scenario in which the Messaging Service will be used
    #[cfg_attr(feature = "cli", arg(long))]
    pub usecase: Option<String>,
    /// A boolean value that indicates either the webhook url configured on the phone number will be used or `inbound_request_url`/`fallback_url` url will be called when a message is received from the phone number
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub use_inbound_webhook_on_number: Option<bool>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for UpdateServiceParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            friendly_name: request
                .opt(crate::mock::Place::Form, "FriendlyName", crate::mock::value)?,
            inbound_request_url: request
                .opt(
                    crate::mock::Place::Form,
                    "InboundRequestUrl",
                    crate::mock::parsed,
                )?,
            inbound_method: request
                .opt(crate::mock::Place::Form, "InboundMethod", crate::mock::value)?,
            fallback_url: request
                .opt(crate::mock::Place::Form, "FallbackUrl", crate::mock::parsed)?,
            fallback_method: request
                .opt(crate::mock::Place::Form, "FallbackMethod", crate::mock::value)?,
            status_callback: request
                .opt(crate::mock::Place::Form, "StatusCallback", crate::mock::parsed)?,
            sticky_sender: request
                .opt(crate::mock::Place::Form, "StickySender", crate::mock::value)?,
            mms_converter: request
                .opt(crate::mock::Place::Form, "MmsConverter", crate::mock::value)?,
            smart_encoding: request
                .opt(crate::mock::Place::Form, "SmartEncoding", crate::mock::value)?,
            scan_message_content: request
                .opt(
                    crate::mock::Place::Form,
                    "ScanMessageContent",
                    crate::mock::value,
                )?,
            fallback_to_long_code: request
                .opt(
                    crate::mock::Place::Form,
                    "FallbackToLongCode",
                    crate::mock::value,
                )?,
            area_code_geomatch: request
                .opt(crate::mock::Place::Form, "AreaCodeGeomatch", crate::mock::value)?,
            validity_period: request
                .opt(crate::mock::Place::Form, "ValidityPeriod", crate::mock::value)?,
            synchronous_validation: request
                .opt(
                    crate::mock::Place::Form,
                    "SynchronousValidation",
                    crate::mock::value,
                )?,
            usecase: request
                .opt(crate::mock::Place::Form, "Usecase", crate::mock::value)?,
            use_inbound_webhook_on_number: request
                .opt(
                    crate::mock::Place::Form,
                    "UseInboundWebhookOnNumber",
                    crate::mock::value,
                )?,
        })
    }
}
impl UpdateServiceParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// A descriptive string that you create to describe the resource. It can be up to 64 characters long.
    pub fn friendly_name(mut self, value: impl Into<String>) -> Self {
        self.friendly_name = Some(value.into());
        self
    }
    /// The URL we call using `inbound_method` when a message is received by any phone number or short code in the Service. When this property is `null`, receiving inbound messages is disabled. All messages sent to the Twilio phone number or short code will not be logged and received on the Account. If the `use_inbound_webhook_on_number` field is enabled then the webhook url defined on the phone number will override the `inbound_request_url` defined for the Messaging Service.
    pub fn inbound_request_url(mut self, value: impl Into<crate::Uri>) -> Self {
        self.inbound_request_url = Some(value.into());
        self
    }
    /// The HTTP method we should use to call `inbound_request_url`. Can be `GET` or `POST` and the default is `POST`.
    pub fn inbound_method(mut self, value: crate::messaging_v1::Method) -> Self {
        self.inbound_method = Some(value);
        self
    }
    /// The URL that we call using `fallback_method` if an error occurs while retrieving or executing the TwiML from the Inbound Request URL. If the `use_inbound_webhook_on_number` field is enabled then the webhook url defined on the phone number will override the `fallback_url` defined for the Messaging Service.
    pub fn fallback_url(mut self, value: impl Into<crate::Uri>) -> Self {
        self.fallback_url = Some(value.into());
        self
    }
    /// The HTTP method we should use to call `fallback_url`. Can be: `GET` or `POST`.
    pub fn fallback_method(mut self, value: crate::messaging_v1::Method) -> Self {
        self.fallback_method = Some(value);
        self
    }
    /// The URL we should call to [pass status updates](https://www.twilio.com/docs/sms/api/message-resource#message-status-values) about message delivery.
    pub fn status_callback(mut self, value: impl Into<crate::Uri>) -> Self {
        self.status_callback = Some(value.into());
        self
    }
    /// Whether to enable [Sticky Sender](https://www.twilio.com/docs/messaging/services#sticky-sender) on the Service instance.
    pub fn sticky_sender(mut self, value: bool) -> Self {
        self.sticky_sender = Some(value);
        self
    }
    /// Whether to enable the [MMS Converter](https://www.twilio.com/docs/messaging/services#mms-converter) for messages sent through the Service instance.
    pub fn mms_converter(mut self, value: bool) -> Self {
        self.mms_converter = Some(value);
        self
    }
    /// Whether to enable [Smart Encoding](https://www.twilio.com/docs/messaging/services#smart-encoding) for messages sent through the Service instance.
    pub fn smart_encoding(mut self, value: bool) -> Self {
        self.smart_encoding = Some(value);
        self
    }
    /// Reserved.
    pub fn scan_message_content(
        mut self,
        value: crate::messaging_v1::ServiceScanMessageContent,
    ) -> Self {
        self.scan_message_content = Some(value);
        self
    }
    /// \[OBSOLETE\] Former feature used to fallback to long code sender after certain short code message failures.
    pub fn fallback_to_long_code(mut self, value: bool) -> Self {
        self.fallback_to_long_code = Some(value);
        self
    }
    /// Whether to enable [Area Code Geomatch](https://www.twilio.com/docs/messaging/services#area-code-geomatch) on the Service Instance.
    pub fn area_code_geomatch(mut self, value: bool) -> Self {
        self.area_code_geomatch = Some(value);
        self
    }
    /// How long, in seconds, messages sent from the Service are valid. Can be an integer from `1` to `36,000`. Default value is `36,000`.
    pub fn validity_period(mut self, value: i64) -> Self {
        self.validity_period = Some(value);
        self
    }
    /// Reserved.
    pub fn synchronous_validation(mut self, value: bool) -> Self {
        self.synchronous_validation = Some(value);
        self
    }
    /// A string that describes the scenario in which the Messaging Service will be used. Possible values are `notifications`, `marketing`, `verification`, `discussion`, `poll`, `undeclared`.
    pub fn usecase(mut self, value: impl Into<String>) -> Self {
        self.usecase = Some(value.into());
        self
    }
    /// A boolean value that indicates either the webhook url configured on the phone number will be used or `inbound_request_url`/`fallback_url` url will be called when a message is received from the phone number. If this field is enabled then the webhook url defined on the phone number will override the `inbound_request_url`/`fallback_url` defined for the Messaging Service.
    pub fn use_inbound_webhook_on_number(mut self, value: bool) -> Self {
        self.use_inbound_webhook_on_number = Some(value);
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::urls("InboundRequestUrl", &self.inbound_request_url)?;
        crate::formats::check::listed("InboundMethod", &self.inbound_method)?;
        crate::formats::check::urls("FallbackUrl", &self.fallback_url)?;
        crate::formats::check::listed("FallbackMethod", &self.fallback_method)?;
        crate::formats::check::urls("StatusCallback", &self.status_callback)?;
        crate::formats::check::listed("ScanMessageContent", &self.scan_message_content)?;
        Ok(())
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("FriendlyName", &self.friendly_name);
        out.add("InboundRequestUrl", &self.inbound_request_url);
        out.add("InboundMethod", &self.inbound_method);
        out.add("FallbackUrl", &self.fallback_url);
        out.add("FallbackMethod", &self.fallback_method);
        out.add("StatusCallback", &self.status_callback);
        out.add("StickySender", self.sticky_sender);
        out.add("MmsConverter", self.mms_converter);
        out.add("SmartEncoding", self.smart_encoding);
        out.add("ScanMessageContent", &self.scan_message_content);
        out.add("FallbackToLongCode", self.fallback_to_long_code);
        out.add("AreaCodeGeomatch", self.area_code_geomatch);
        out.add("ValidityPeriod", self.validity_period);
        out.add("SynchronousValidation", self.synchronous_validation);
        out.add("Usecase", &self.usecase);
        out.add("UseInboundWebhookOnNumber", self.use_inbound_webhook_on_number);
        out.into_vec()
    }
}
/// A service and what it contains.
#[derive(Clone)]
pub struct ServiceContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::MessagingServiceSid,
}
impl std::fmt::Debug for ServiceContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServiceContext")
            .field("service_sid", &self.service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> ServiceContext<'a> {
    /// An alpha sender and what it contains.
    pub fn alpha_sender(
        &self,
        alpha_sender_sid: &str,
    ) -> crate::messaging_v1::AlphaSenderContext<'a> {
        crate::messaging_v1::AlphaSenderContext {
            client: self.client,
            service_sid: self.service_sid.clone(),
            alpha_sender_sid: alpha_sender_sid.to_owned(),
        }
    }
    /// The alpha sender resources.
    pub fn alpha_senders(&self) -> crate::messaging_v1::AlphaSenderList<'a> {
        crate::messaging_v1::AlphaSenderList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
    /// A channel sender and what it contains.
    pub fn channel_sender(
        &self,
        channel_sender_sid: &str,
    ) -> crate::messaging_v1::ChannelSenderContext<'a> {
        crate::messaging_v1::ChannelSenderContext {
            client: self.client,
            service_sid: self.service_sid.clone(),
            channel_sender_sid: channel_sender_sid.to_owned(),
        }
    }
    /// The channel sender resources.
    pub fn channel_senders(&self) -> crate::messaging_v1::ChannelSenderList<'a> {
        crate::messaging_v1::ChannelSenderList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
    /// The compliance resources.
    pub fn compliance(&self) -> crate::messaging_v1::ComplianceList<'a> {
        crate::messaging_v1::ComplianceList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
    /// A destination alpha sender and what it contains.
    pub fn destination_alpha_sender(
        &self,
        destination_alpha_sender_sid: &str,
    ) -> crate::messaging_v1::DestinationAlphaSenderContext<'a> {
        crate::messaging_v1::DestinationAlphaSenderContext {
            client: self.client,
            service_sid: self.service_sid.clone(),
            destination_alpha_sender_sid: destination_alpha_sender_sid.to_owned(),
        }
    }
    /// The destination alpha sender resources.
    pub fn destination_alpha_senders(
        &self,
    ) -> crate::messaging_v1::DestinationAlphaSenderList<'a> {
        crate::messaging_v1::DestinationAlphaSenderList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
    /// A phone number and what it contains.
    pub fn phone_number(
        &self,
        phone_number_sid: &str,
    ) -> crate::messaging_v1::PhoneNumberContext<'a> {
        crate::messaging_v1::PhoneNumberContext {
            client: self.client,
            service_sid: self.service_sid.clone(),
            phone_number_sid: phone_number_sid.to_owned(),
        }
    }
    /// The phone number resources.
    pub fn phone_numbers(&self) -> crate::messaging_v1::PhoneNumberList<'a> {
        crate::messaging_v1::PhoneNumberList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
    /// A short code and what it contains.
    pub fn short_code(
        &self,
        short_code_sid: &str,
    ) -> crate::messaging_v1::ShortCodeContext<'a> {
        crate::messaging_v1::ShortCodeContext {
            client: self.client,
            service_sid: self.service_sid.clone(),
            short_code_sid: short_code_sid.to_owned(),
        }
    }
    /// The short code resources.
    pub fn short_codes(&self) -> crate::messaging_v1::ShortCodeList<'a> {
        crate::messaging_v1::ShortCodeList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
    /// The `FetchService` operation.
    ///
    /// `GET /v1/Services/{Sid}` (`FetchService`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::Service>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://messaging.twilio.com",
            "/v1/Services/{Sid}",
            &[self.service_sid.as_str()],
        );
        self.client.call_object(request).await
    }
    /// The `UpdateService` operation.
    ///
    /// `POST /v1/Services/{Sid}` (`UpdateService`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn update(
        &self,
        params: crate::messaging_v1::UpdateServiceParams,
    ) -> Result<crate::Response<crate::messaging_v1::Service>, crate::Error> {
        params.validate()?;
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://messaging.twilio.com",
                "/v1/Services/{Sid}",
                &[self.service_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
    /// The `DeleteService` operation.
    ///
    /// `DELETE /v1/Services/{Sid}` (`DeleteService`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::DELETE,
            "https://messaging.twilio.com",
            "/v1/Services/{Sid}",
            &[self.service_sid.as_str()],
        );
        self.client.call_empty(request).await
    }
}
/// The inputs of `ListService`: required ones go to [`ListServiceParams::new`], optional ones have setters.
#[derive(Clone, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct ListServiceParams {
    /// How many resources to return in each list page
    #[cfg_attr(feature = "cli", arg(long))]
    pub page_size: Option<i64>,
    /// The page index
    #[cfg_attr(feature = "cli", arg(long))]
    pub page: Option<i64>,
    /// The page token
    #[cfg_attr(feature = "cli", arg(long))]
    pub page_token: Option<String>,
    #[cfg_attr(feature = "cli", arg(skip))]
    limit: Option<usize>,
}
/// Shows every input but those that hold secrets (passwords, secrets, tokens).
impl std::fmt::Debug for ListServiceParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListServiceParams")
            .field("page_size", &self.page_size)
            .field("page", &self.page)
            .field(
                "page_token",
                &self.page_token.as_ref().map(|_| crate::support::Redacted),
            )
            .field("limit", &self.limit)
            .finish()
    }
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for ListServiceParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            page_size: request
                .opt(crate::mock::Place::Query, "PageSize", crate::mock::value)?,
            page: request.opt(crate::mock::Place::Query, "Page", crate::mock::value)?,
            page_token: request
                .opt(crate::mock::Place::Query, "PageToken", crate::mock::value)?,
            limit: None,
        })
    }
}
impl ListServiceParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// How many resources to return in each list page. The default is 50, and the maximum is 1000.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// The page index. This value is simply for client state.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }
    /// The page token. This is provided by the API.
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.page_token = Some(value.into());
        self
    }
    /// The most items `list` and `stream` return (all without one). No page is asked for
    /// once it is reached, and without a page size the pages are this size (at most
    /// 1000), as Twilio's libraries do.
    pub fn limit(mut self, limit: usize) -> Self {
        self.limit = Some(limit);
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::at_least("PageSize", &self.page_size, 1)?;
        crate::formats::check::at_most("PageSize", &self.page_size, 1000)?;
        crate::formats::check::at_least("Page", &self.page, 0)?;
        Ok(())
    }
    /// The query pairs, in spec order; a list repeats its key.
    fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("PageSize", self.page_size);
        out.add("Page", self.page);
        out.add("PageToken", &self.page_token);
        out.into_vec()
    }
    /// Without a page size, a limit asks for pages of its size (at most 1000).
    fn with_page_size(mut self) -> Self {
        if self.page_size.is_none() && let Some(limit) = self.limit {
            self.page_size = crate::paging::page_size_for(limit);
        }
        self
    }
}
/// The inputs of `CreateService`: required ones go to [`CreateServiceParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateServiceParams {
    /// A descriptive string that you create to describe the resource
    #[cfg_attr(feature = "cli", arg(long))]
    pub friendly_name: String,
    /// The URL we call using `inbound_method` when a message is received by any phone number or short code in the Service
    #[cfg_attr(feature = "cli", arg(long))]
    pub inbound_request_url: Option<crate::Uri>,
    /// The HTTP method we should use to call `inbound_request_url`
    #[cfg_attr(feature = "cli", arg(long))]
    pub inbound_method: Option<crate::messaging_v1::Method>,
    /// The URL that we call using `fallback_method` if an error occurs while retrieving or executing the TwiML from the Inbound Request URL
    #[cfg_attr(feature = "cli", arg(long))]
    pub fallback_url: Option<crate::Uri>,
    /// The HTTP method we should use to call `fallback_url`
    #[cfg_attr(feature = "cli", arg(long))]
    pub fallback_method: Option<crate::messaging_v1::Method>,
    /// The URL we should call to pass status updates about message delivery
    #[cfg_attr(feature = "cli", arg(long))]
    pub status_callback: Option<crate::Uri>,
    /// Whether to enable Sticky Sender on the Service instance
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub sticky_sender: Option<bool>,
    /// Whether to enable the MMS Converter for messages sent through the Service instance
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub mms_converter: Option<bool>,
    /// Whether to enable Smart Encoding for messages sent through the Service instance
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub smart_encoding: Option<bool>,
    /// Reserved
    #[cfg_attr(feature = "cli", arg(long))]
    pub scan_message_content: Option<crate::messaging_v1::ServiceScanMessageContent>,
    /// \[OBSOLETE\] Former feature used to fallback to long code sender after certain short code message failures
    #[cfg_attr(
        feature = "cli",
        arg(
            long,
            help = "[OBSOLETE] Former feature used to fallback to long code sender after certain short code message failures",
            action = clap::ArgAction::Set
        )
    )]
    pub fallback_to_long_code: Option<bool>,
    /// Whether to enable Area Code Geomatch on the Service Instance
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub area_code_geomatch: Option<bool>,
    /// How long, in seconds, messages sent from the Service are valid
    #[cfg_attr(feature = "cli", arg(long))]
    pub validity_period: Option<i64>,
    /// Reserved
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub synchronous_validation: Option<bool>,
    /// A string that describes the scenario in which the Messaging Service will be used
    #[cfg_attr(feature = "cli", arg(long))]
    pub usecase: Option<String>,
    /// A boolean value that indicates either the webhook url configured on the phone number will be used or `inbound_request_url`/`fallback_url` url will be called when a message is received from the phone number
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub use_inbound_webhook_on_number: Option<bool>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateServiceParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            friendly_name: request
                .one(crate::mock::Place::Form, "FriendlyName", crate::mock::value)?,
            inbound_request_url: request
                .opt(
                    crate::mock::Place::Form,
                    "InboundRequestUrl",
                    crate::mock::parsed,
                )?,
            inbound_method: request
                .opt(crate::mock::Place::Form, "InboundMethod", crate::mock::value)?,
            fallback_url: request
                .opt(crate::mock::Place::Form, "FallbackUrl", crate::mock::parsed)?,
            fallback_method: request
                .opt(crate::mock::Place::Form, "FallbackMethod", crate::mock::value)?,
            status_callback: request
                .opt(crate::mock::Place::Form, "StatusCallback", crate::mock::parsed)?,
            sticky_sender: request
                .opt(crate::mock::Place::Form, "StickySender", crate::mock::value)?,
            mms_converter: request
                .opt(crate::mock::Place::Form, "MmsConverter", crate::mock::value)?,
            smart_encoding: request
                .opt(crate::mock::Place::Form, "SmartEncoding", crate::mock::value)?,
            scan_message_content: request
                .opt(
                    crate::mock::Place::Form,
                    "ScanMessageContent",
                    crate::mock::value,
                )?,
            fallback_to_long_code: request
                .opt(
                    crate::mock::Place::Form,
                    "FallbackToLongCode",
                    crate::mock::value,
                )?,
            area_code_geomatch: request
                .opt(crate::mock::Place::Form, "AreaCodeGeomatch", crate::mock::value)?,
            validity_period: request
                .opt(crate::mock::Place::Form, "ValidityPeriod", crate::mock::value)?,
            synchronous_validation: request
                .opt(
                    crate::mock::Place::Form,
                    "SynchronousValidation",
                    crate::mock::value,
                )?,
            usecase: request
                .opt(crate::mock::Place::Form, "Usecase", crate::mock::value)?,
            use_inbound_webhook_on_number: request
                .opt(
                    crate::mock::Place::Form,
                    "UseInboundWebhookOnNumber",
                    crate::mock::value,
                )?,
        })
    }
}
impl CreateServiceParams {
    /// The inputs the operation requires.
    pub fn new(friendly_name: impl Into<String>) -> Self {
        Self {
            friendly_name: friendly_name.into(),
            inbound_request_url: None,
            inbound_method: None,
            fallback_url: None,
            fallback_method: None,
            status_callback: None,
            sticky_sender: None,
            mms_converter: None,
            smart_encoding: None,
            scan_message_content: None,
            fallback_to_long_code: None,
            area_code_geomatch: None,
            validity_period: None,
            synchronous_validation: None,
            usecase: None,
            use_inbound_webhook_on_number: None,
        }
    }
    /// The URL we call using `inbound_method` when a message is received by any phone number or short code in the Service. When this property is `null`, receiving inbound messages is disabled. All messages sent to the Twilio phone number or short code will not be logged and received on the Account. If the `use_inbound_webhook_on_number` field is enabled then the webhook url defined on the phone number will override the `inbound_request_url` defined for the Messaging Service.
    pub fn inbound_request_url(mut self, value: impl Into<crate::Uri>) -> Self {
        self.inbound_request_url = Some(value.into());
        self
    }
    /// The HTTP method we should use to call `inbound_request_url`. Can be `GET` or `POST` and the default is `POST`.
    pub fn inbound_method(mut self, value: crate::messaging_v1::Method) -> Self {
        self.inbound_method = Some(value);
        self
    }
    /// The URL that we call using `fallback_method` if an error occurs while retrieving or executing the TwiML from the Inbound Request URL. If the `use_inbound_webhook_on_number` field is enabled then the webhook url defined on the phone number will override the `fallback_url` defined for the Messaging Service.
    pub fn fallback_url(mut self, value: impl Into<crate::Uri>) -> Self {
        self.fallback_url = Some(value.into());
        self
    }
    /// The HTTP method we should use to call `fallback_url`. Can be: `GET` or `POST`.
    pub fn fallback_method(mut self, value: crate::messaging_v1::Method) -> Self {
        self.fallback_method = Some(value);
        self
    }
    /// The URL we should call to [pass status updates](https://www.twilio.com/docs/sms/api/message-resource#message-status-values) about message delivery.
    pub fn status_callback(mut self, value: impl Into<crate::Uri>) -> Self {
        self.status_callback = Some(value.into());
        self
    }
    /// Whether to enable [Sticky Sender](https://www.twilio.com/docs/messaging/services#sticky-sender) on the Service instance.
    pub fn sticky_sender(mut self, value: bool) -> Self {
        self.sticky_sender = Some(value);
        self
    }
    /// Whether to enable the [MMS Converter](https://www.twilio.com/docs/messaging/services#mms-converter) for messages sent through the Service instance.
    pub fn mms_converter(mut self, value: bool) -> Self {
        self.mms_converter = Some(value);
        self
    }
    /// Whether to enable [Smart Encoding](https://www.twilio.com/docs/messaging/services#smart-encoding) for messages sent through the Service instance.
    pub fn smart_encoding(mut self, value: bool) -> Self {
        self.smart_encoding = Some(value);
        self
    }
    /// Reserved.
    pub fn scan_message_content(
        mut self,
        value: crate::messaging_v1::ServiceScanMessageContent,
    ) -> Self {
        self.scan_message_content = Some(value);
        self
    }
    /// \[OBSOLETE\] Former feature used to fallback to long code sender after certain short code message failures.
    pub fn fallback_to_long_code(mut self, value: bool) -> Self {
        self.fallback_to_long_code = Some(value);
        self
    }
    /// Whether to enable [Area Code Geomatch](https://www.twilio.com/docs/messaging/services#area-code-geomatch) on the Service Instance.
    pub fn area_code_geomatch(mut self, value: bool) -> Self {
        self.area_code_geomatch = Some(value);
        self
    }
    /// How long, in seconds, messages sent from the Service are valid. Can be an integer from `1` to `36,000`. Default value is `36,000`.
    pub fn validity_period(mut self, value: i64) -> Self {
        self.validity_period = Some(value);
        self
    }
    /// Reserved.
    pub fn synchronous_validation(mut self, value: bool) -> Self {
        self.synchronous_validation = Some(value);
        self
    }
    /// A string that describes the scenario in which the Messaging Service will be used. Possible values are `notifications`, `marketing`, `verification`, `discussion`, `poll`, `undeclared`.
    pub fn usecase(mut self, value: impl Into<String>) -> Self {
        self.usecase = Some(value.into());
        self
    }
    /// A boolean value that indicates either the webhook url configured on the phone number will be used or `inbound_request_url`/`fallback_url` url will be called when a message is received from the phone number. If this field is enabled then the webhook url defined on the phone number will override the `inbound_request_url`/`fallback_url` defined for the Messaging Service.
    pub fn use_inbound_webhook_on_number(mut self, value: bool) -> Self {
        self.use_inbound_webhook_on_number = Some(value);
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::urls("InboundRequestUrl", &self.inbound_request_url)?;
        crate::formats::check::listed("InboundMethod", &self.inbound_method)?;
        crate::formats::check::urls("FallbackUrl", &self.fallback_url)?;
        crate::formats::check::listed("FallbackMethod", &self.fallback_method)?;
        crate::formats::check::urls("StatusCallback", &self.status_callback)?;
        crate::formats::check::listed("ScanMessageContent", &self.scan_message_content)?;
        Ok(())
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("FriendlyName", [&self.friendly_name]);
        out.add("InboundRequestUrl", &self.inbound_request_url);
        out.add("InboundMethod", &self.inbound_method);
        out.add("FallbackUrl", &self.fallback_url);
        out.add("FallbackMethod", &self.fallback_method);
        out.add("StatusCallback", &self.status_callback);
        out.add("StickySender", self.sticky_sender);
        out.add("MmsConverter", self.mms_converter);
        out.add("SmartEncoding", self.smart_encoding);
        out.add("ScanMessageContent", &self.scan_message_content);
        out.add("FallbackToLongCode", self.fallback_to_long_code);
        out.add("AreaCodeGeomatch", self.area_code_geomatch);
        out.add("ValidityPeriod", self.validity_period);
        out.add("SynchronousValidation", self.synchronous_validation);
        out.add("Usecase", &self.usecase);
        out.add("UseInboundWebhookOnNumber", self.use_inbound_webhook_on_number);
        out.into_vec()
    }
}
/// The service resources.
#[derive(Clone)]
pub struct ServiceList<'a> {
    pub(crate) client: &'a crate::Client,
}
impl std::fmt::Debug for ServiceList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServiceList").finish_non_exhaustive()
    }
}
impl<'a> ServiceList<'a> {
    /// The preregistered usa2p resources.
    pub fn preregistered_usa2p(
        &self,
    ) -> crate::messaging_v1::PreregisteredUsa2pList<'a> {
        crate::messaging_v1::PreregisteredUsa2pList {
            client: self.client,
        }
    }
    /// The usecase resources.
    pub fn usecases(&self) -> crate::messaging_v1::UsecaseList<'a> {
        crate::messaging_v1::UsecaseList {
            client: self.client,
        }
    }
    /// The `ListService` operation.
    ///
    /// `GET /v1/Services` (`ListService`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    ///
    /// Every item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::messaging_v1::ListServiceParams::limit) (all without one).
    pub async fn list(
        &self,
        params: crate::messaging_v1::ListServiceParams,
    ) -> Result<Vec<crate::messaging_v1::Service>, crate::Error> {
        let limit = params.limit;
        crate::paging::collect::<
            crate::messaging_v1::ListServiceResponseBody,
        >(self.client, self.list_request(params), limit)
            .await
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the stream
    /// reaches it, and none once the limit is reached. An error is yielded and ends the
    /// stream.
    pub fn stream(
        &self,
        params: crate::messaging_v1::ListServiceParams,
    ) -> impl futures_core::Stream<
        Item = Result<crate::messaging_v1::Service, crate::Error>,
    > + use<'a> {
        let limit = params.limit;
        crate::paging::items::<
            crate::messaging_v1::ListServiceResponseBody,
        >(self.client, self.list_request(params), limit)
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the list.
    pub async fn page(
        &self,
        params: crate::messaging_v1::ListServiceParams,
    ) -> Result<
        crate::paging::Page<'a, crate::messaging_v1::ListServiceResponseBody>,
        crate::Error,
    > {
        crate::paging::fetch(self.client, self.list_request(params)?).await
    }
    /// The request for the first page.
    fn list_request(
        &self,
        params: crate::messaging_v1::ListServiceParams,
    ) -> Result<crate::Request, crate::Error> {
        let params = params.with_page_size();
        params.validate()?;
        Ok(crate::Request {
            query: params.query_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://messaging.twilio.com",
                "/v1/Services",
                &[],
            )
        })
    }
    /// The `CreateService` operation.
    ///
    /// `POST /v1/Services` (`CreateService`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::messaging_v1::CreateServiceParams,
    ) -> Result<crate::Response<crate::messaging_v1::Service>, crate::Error> {
        params.validate()?;
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://messaging.twilio.com",
                "/v1/Services",
                &[],
            )
        };
        self.client.call_object(request).await
    }
}
impl crate::paging::PageBody for crate::messaging_v1::ListServiceResponseBody {
    type Item = crate::messaging_v1::Service;
    fn into_parts(self) -> (Vec<crate::messaging_v1::Service>, Option<String>) {
        (
            self.services.unwrap_or_default(),
            self.meta.and_then(|meta| meta.next_page_url),
        )
    }
}
