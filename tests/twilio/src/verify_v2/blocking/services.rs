//! The blocking handles of the `services` resources.
/// A service and what it contains.
///
/// The blocking [`ServiceContext`](crate::verify_v2::ServiceContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct ServiceContext<'a> {
    pub(crate) inner: crate::verify_v2::ServiceContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> ServiceContext<'a> {
    /// An access token and what it contains.
    ///
    /// The blocking [`AccessTokenContext`](crate::verify_v2::AccessTokenContext).
    pub fn access_token(
        &self,
        access_token_sid: &crate::AccessTokenSid,
    ) -> crate::verify_v2::blocking::AccessTokenContext<'a> {
        crate::verify_v2::blocking::AccessTokenContext {
            inner: self.inner.access_token(access_token_sid),
            client: self.client,
        }
    }
    /// The access token resources.
    ///
    /// The blocking [`AccessTokenList`](crate::verify_v2::AccessTokenList).
    pub fn access_tokens(&self) -> crate::verify_v2::blocking::AccessTokenList<'a> {
        crate::verify_v2::blocking::AccessTokenList {
            inner: self.inner.access_tokens(),
            client: self.client,
        }
    }
    /// The entity resources.
    ///
    /// The blocking [`EntityList`](crate::verify_v2::EntityList).
    pub fn entities(&self) -> crate::verify_v2::blocking::EntityList<'a> {
        crate::verify_v2::blocking::EntityList {
            inner: self.inner.entities(),
            client: self.client,
        }
    }
    /// An entity and what it contains.
    ///
    /// The blocking [`EntityContext`](crate::verify_v2::EntityContext).
    pub fn entity(
        &self,
        identity: &str,
    ) -> crate::verify_v2::blocking::EntityContext<'a> {
        crate::verify_v2::blocking::EntityContext {
            inner: self.inner.entity(identity),
            client: self.client,
        }
    }
    /// A messaging configuration and what it contains.
    ///
    /// The blocking [`MessagingConfigurationContext`](crate::verify_v2::MessagingConfigurationContext).
    pub fn messaging_configuration(
        &self,
        country: &str,
    ) -> crate::verify_v2::blocking::MessagingConfigurationContext<'a> {
        crate::verify_v2::blocking::MessagingConfigurationContext {
            inner: self.inner.messaging_configuration(country),
            client: self.client,
        }
    }
    /// The messaging configuration resources.
    ///
    /// The blocking [`MessagingConfigurationList`](crate::verify_v2::MessagingConfigurationList).
    pub fn messaging_configurations(
        &self,
    ) -> crate::verify_v2::blocking::MessagingConfigurationList<'a> {
        crate::verify_v2::blocking::MessagingConfigurationList {
            inner: self.inner.messaging_configurations(),
            client: self.client,
        }
    }
    /// The passkey resources.
    ///
    /// The blocking [`PasskeyList`](crate::verify_v2::PasskeyList).
    pub fn passkeys(&self) -> crate::verify_v2::blocking::PasskeyList<'a> {
        crate::verify_v2::blocking::PasskeyList {
            inner: self.inner.passkeys(),
            client: self.client,
        }
    }
    /// A rate limit and what it contains.
    ///
    /// The blocking [`RateLimitContext`](crate::verify_v2::RateLimitContext).
    pub fn rate_limit(
        &self,
        rate_limit_sid: &crate::RateLimitSid,
    ) -> crate::verify_v2::blocking::RateLimitContext<'a> {
        crate::verify_v2::blocking::RateLimitContext {
            inner: self.inner.rate_limit(rate_limit_sid),
            client: self.client,
        }
    }
    /// The rate limit resources.
    ///
    /// The blocking [`RateLimitList`](crate::verify_v2::RateLimitList).
    pub fn rate_limits(&self) -> crate::verify_v2::blocking::RateLimitList<'a> {
        crate::verify_v2::blocking::RateLimitList {
            inner: self.inner.rate_limits(),
            client: self.client,
        }
    }
    /// A verification and what it contains.
    ///
    /// The blocking [`VerificationContext`](crate::verify_v2::VerificationContext).
    pub fn verification(
        &self,
        verification_sid: &str,
    ) -> crate::verify_v2::blocking::VerificationContext<'a> {
        crate::verify_v2::blocking::VerificationContext {
            inner: self.inner.verification(verification_sid),
            client: self.client,
        }
    }
    /// The verification check resources.
    ///
    /// The blocking [`VerificationCheckList`](crate::verify_v2::VerificationCheckList).
    pub fn verification_check(
        &self,
    ) -> crate::verify_v2::blocking::VerificationCheckList<'a> {
        crate::verify_v2::blocking::VerificationCheckList {
            inner: self.inner.verification_check(),
            client: self.client,
        }
    }
    /// The verification resources.
    ///
    /// The blocking [`VerificationList`](crate::verify_v2::VerificationList).
    pub fn verifications(&self) -> crate::verify_v2::blocking::VerificationList<'a> {
        crate::verify_v2::blocking::VerificationList {
            inner: self.inner.verifications(),
            client: self.client,
        }
    }
    /// A webhook and what it contains.
    ///
    /// The blocking [`WebhookContext`](crate::verify_v2::WebhookContext).
    pub fn webhook(
        &self,
        webhook_sid: &crate::WebhookSid,
    ) -> crate::verify_v2::blocking::WebhookContext<'a> {
        crate::verify_v2::blocking::WebhookContext {
            inner: self.inner.webhook(webhook_sid),
            client: self.client,
        }
    }
    /// The webhook resources.
    ///
    /// The blocking [`WebhookList`](crate::verify_v2::WebhookList).
    pub fn webhooks(&self) -> crate::verify_v2::blocking::WebhookList<'a> {
        crate::verify_v2::blocking::WebhookList {
            inner: self.inner.webhooks(),
            client: self.client,
        }
    }
    /// Fetch specific Verification Service Instance.
    ///
    /// Waits for the async [`fetch`](crate::verify_v2::ServiceContext::fetch) (`GET /v2/Services/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::Service>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
    /// Update a specific Verification Service.
    ///
    /// Waits for the async [`update`](crate::verify_v2::ServiceContext::update) (`POST /v2/Services/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn update(
        &self,
        params: crate::verify_v2::UpdateServiceParams,
    ) -> Result<crate::Response<crate::verify_v2::Service>, crate::Error> {
        self.client.wait(self.inner.update(params))
    }
    /// Delete a specific Verification Service Instance.
    ///
    /// Waits for the async [`delete`](crate::verify_v2::ServiceContext::delete) (`DELETE /v2/Services/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        self.client.wait(self.inner.delete())
    }
}
/// The service resources.
///
/// The blocking [`ServiceList`](crate::verify_v2::ServiceList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct ServiceList<'a> {
    pub(crate) inner: crate::verify_v2::ServiceList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> ServiceList<'a> {
    /// Retrieve a list of all Verification Services for an account.
    ///
    /// Waits for the async [`list`](crate::verify_v2::ServiceList::list) (`GET /v2/Services`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::verify_v2::ListServiceParams,
    ) -> Result<Vec<crate::verify_v2::Service>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::verify_v2::ListServiceParams,
    ) -> crate::blocking::Iter<'a, crate::verify_v2::Service> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::verify_v2::ListServiceParams,
    ) -> Result<
        crate::blocking::Page<'a, crate::verify_v2::ListServiceResponseBody>,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
    /// Create a new Verification Service.
    ///
    /// Waits for the async [`create`](crate::verify_v2::ServiceList::create) (`POST /v2/Services`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::verify_v2::CreateServiceParams,
    ) -> Result<crate::Response<crate::verify_v2::Service>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
/// An access token and what it contains.
///
/// The blocking [`AccessTokenContext`](crate::verify_v2::AccessTokenContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct AccessTokenContext<'a> {
    pub(crate) inner: crate::verify_v2::AccessTokenContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> AccessTokenContext<'a> {
    /// Fetch an Access Token for the Entity
    ///
    /// Waits for the async [`fetch`](crate::verify_v2::AccessTokenContext::fetch) (`GET /v2/Services/{ServiceSid}/AccessTokens/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::AccessToken>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
}
/// The access token resources.
///
/// The blocking [`AccessTokenList`](crate::verify_v2::AccessTokenList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct AccessTokenList<'a> {
    pub(crate) inner: crate::verify_v2::AccessTokenList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> AccessTokenList<'a> {
    /// Create a new enrollment Access Token for the Entity
    ///
    /// Waits for the async [`create`](crate::verify_v2::AccessTokenList::create) (`POST /v2/Services/{ServiceSid}/AccessTokens`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::verify_v2::CreateAccessTokenParams,
    ) -> Result<crate::Response<crate::verify_v2::AccessToken>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
/// The entity resources.
///
/// The blocking [`EntityList`](crate::verify_v2::EntityList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct EntityList<'a> {
    pub(crate) inner: crate::verify_v2::EntityList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> EntityList<'a> {
    /// Retrieve a list of all Entities for a Service.
    ///
    /// Waits for the async [`list`](crate::verify_v2::EntityList::list) (`GET /v2/Services/{ServiceSid}/Entities`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::verify_v2::ListEntityParams,
    ) -> Result<Vec<crate::verify_v2::Entity>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::verify_v2::ListEntityParams,
    ) -> crate::blocking::Iter<'a, crate::verify_v2::Entity> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::verify_v2::ListEntityParams,
    ) -> Result<
        crate::blocking::Page<'a, crate::verify_v2::ListEntityResponseBody>,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
    /// Create a new Entity for the Service
    ///
    /// Waits for the async [`create`](crate::verify_v2::EntityList::create) (`POST /v2/Services/{ServiceSid}/Entities`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::verify_v2::CreateEntityParams,
    ) -> Result<crate::Response<crate::verify_v2::Entity>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
/// An entity and what it contains.
///
/// The blocking [`EntityContext`](crate::verify_v2::EntityContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct EntityContext<'a> {
    pub(crate) inner: crate::verify_v2::EntityContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> EntityContext<'a> {
    /// A challenge and what it contains.
    ///
    /// The blocking [`ChallengeContext`](crate::verify_v2::ChallengeContext).
    pub fn challenge(
        &self,
        challenge_sid: &crate::ChallengeSid,
    ) -> crate::verify_v2::blocking::ChallengeContext<'a> {
        crate::verify_v2::blocking::ChallengeContext {
            inner: self.inner.challenge(challenge_sid),
            client: self.client,
        }
    }
    /// The challenge resources.
    ///
    /// The blocking [`ChallengeList`](crate::verify_v2::ChallengeList).
    pub fn challenges(&self) -> crate::verify_v2::blocking::ChallengeList<'a> {
        crate::verify_v2::blocking::ChallengeList {
            inner: self.inner.challenges(),
            client: self.client,
        }
    }
    /// A factor and what it contains.
    ///
    /// The blocking [`FactorContext`](crate::verify_v2::FactorContext).
    pub fn factor(
        &self,
        factor_sid: &crate::FactorSid,
    ) -> crate::verify_v2::blocking::FactorContext<'a> {
        crate::verify_v2::blocking::FactorContext {
            inner: self.inner.factor(factor_sid),
            client: self.client,
        }
    }
    /// The factor resources.
    ///
    /// The blocking [`FactorList`](crate::verify_v2::FactorList).
    pub fn factors(&self) -> crate::verify_v2::blocking::FactorList<'a> {
        crate::verify_v2::blocking::FactorList {
            inner: self.inner.factors(),
            client: self.client,
        }
    }
    /// Fetch a specific Entity.
    ///
    /// Waits for the async [`fetch`](crate::verify_v2::EntityContext::fetch) (`GET /v2/Services/{ServiceSid}/Entities/{Identity}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::Entity>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
    /// Delete a specific Entity.
    ///
    /// Waits for the async [`delete`](crate::verify_v2::EntityContext::delete) (`DELETE /v2/Services/{ServiceSid}/Entities/{Identity}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        self.client.wait(self.inner.delete())
    }
}
/// A challenge and what it contains.
///
/// The blocking [`ChallengeContext`](crate::verify_v2::ChallengeContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct ChallengeContext<'a> {
    pub(crate) inner: crate::verify_v2::ChallengeContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> ChallengeContext<'a> {
    /// The notification resources.
    ///
    /// The blocking [`NotificationList`](crate::verify_v2::NotificationList).
    pub fn notifications(&self) -> crate::verify_v2::blocking::NotificationList<'a> {
        crate::verify_v2::blocking::NotificationList {
            inner: self.inner.notifications(),
            client: self.client,
        }
    }
    /// Fetch a specific Challenge.
    ///
    /// Waits for the async [`fetch`](crate::verify_v2::ChallengeContext::fetch) (`GET /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::Challenge>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
    /// Verify a specific Challenge.
    ///
    /// Waits for the async [`update`](crate::verify_v2::ChallengeContext::update) (`POST /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn update(
        &self,
        params: crate::verify_v2::UpdateChallengeParams,
    ) -> Result<crate::Response<crate::verify_v2::Challenge>, crate::Error> {
        self.client.wait(self.inner.update(params))
    }
}
/// The notification resources.
///
/// The blocking [`NotificationList`](crate::verify_v2::NotificationList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct NotificationList<'a> {
    pub(crate) inner: crate::verify_v2::NotificationList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> NotificationList<'a> {
    /// Create a new Notification for the corresponding Challenge
    ///
    /// Waits for the async [`create`](crate::verify_v2::NotificationList::create) (`POST /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{ChallengeSid}/Notifications`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::verify_v2::CreateNotificationParams,
    ) -> Result<crate::Response<crate::verify_v2::Notification>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
/// The challenge resources.
///
/// The blocking [`ChallengeList`](crate::verify_v2::ChallengeList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct ChallengeList<'a> {
    pub(crate) inner: crate::verify_v2::ChallengeList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> ChallengeList<'a> {
    /// Retrieve a list of all Challenges for a Factor.
    ///
    /// Waits for the async [`list`](crate::verify_v2::ChallengeList::list) (`GET /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::verify_v2::ListChallengeParams,
    ) -> Result<Vec<crate::verify_v2::Challenge>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::verify_v2::ListChallengeParams,
    ) -> crate::blocking::Iter<'a, crate::verify_v2::Challenge> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::verify_v2::ListChallengeParams,
    ) -> Result<
        crate::blocking::Page<'a, crate::verify_v2::ListChallengeResponseBody>,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
    /// Create a new Challenge for the Factor
    ///
    /// Waits for the async [`create`](crate::verify_v2::ChallengeList::create) (`POST /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::verify_v2::CreateChallengeParams,
    ) -> Result<crate::Response<crate::verify_v2::Challenge>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
/// A factor and what it contains.
///
/// The blocking [`FactorContext`](crate::verify_v2::FactorContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct FactorContext<'a> {
    pub(crate) inner: crate::verify_v2::FactorContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> FactorContext<'a> {
    /// Fetch a specific Factor.
    ///
    /// Waits for the async [`fetch`](crate::verify_v2::FactorContext::fetch) (`GET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::Factor>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
    /// Update a specific Factor.
    ///
    /// Waits for the async [`update`](crate::verify_v2::FactorContext::update) (`POST /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn update(
        &self,
        params: crate::verify_v2::UpdateFactorParams,
    ) -> Result<crate::Response<crate::verify_v2::Factor>, crate::Error> {
        self.client.wait(self.inner.update(params))
    }
    /// Delete a specific Factor.
    ///
    /// Waits for the async [`delete`](crate::verify_v2::FactorContext::delete) (`DELETE /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        self.client.wait(self.inner.delete())
    }
}
/// The factor resources.
///
/// The blocking [`FactorList`](crate::verify_v2::FactorList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct FactorList<'a> {
    pub(crate) inner: crate::verify_v2::FactorList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> FactorList<'a> {
    /// Retrieve a list of all Factors for an Entity.
    ///
    /// Waits for the async [`list`](crate::verify_v2::FactorList::list) (`GET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::verify_v2::ListFactorParams,
    ) -> Result<Vec<crate::verify_v2::Factor>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::verify_v2::ListFactorParams,
    ) -> crate::blocking::Iter<'a, crate::verify_v2::Factor> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::verify_v2::ListFactorParams,
    ) -> Result<
        crate::blocking::Page<'a, crate::verify_v2::ListFactorResponseBody>,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
    /// Create a new Factor for the Entity
    ///
    /// Waits for the async [`create`](crate::verify_v2::FactorList::create) (`POST /v2/Services/{ServiceSid}/Entities/{Identity}/Factors`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::verify_v2::CreateNewFactorParams,
    ) -> Result<crate::Response<crate::verify_v2::NewFactor>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
/// A messaging configuration and what it contains.
///
/// The blocking [`MessagingConfigurationContext`](crate::verify_v2::MessagingConfigurationContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct MessagingConfigurationContext<'a> {
    pub(crate) inner: crate::verify_v2::MessagingConfigurationContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> MessagingConfigurationContext<'a> {
    /// Fetch a specific MessagingConfiguration.
    ///
    /// Waits for the async [`fetch`](crate::verify_v2::MessagingConfigurationContext::fetch) (`GET /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<
        crate::Response<crate::verify_v2::MessagingConfiguration>,
        crate::Error,
    > {
        self.client.wait(self.inner.fetch())
    }
    /// Update a specific MessagingConfiguration
    ///
    /// Waits for the async [`update`](crate::verify_v2::MessagingConfigurationContext::update) (`POST /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn update(
        &self,
        params: crate::verify_v2::UpdateMessagingConfigurationParams,
    ) -> Result<
        crate::Response<crate::verify_v2::MessagingConfiguration>,
        crate::Error,
    > {
        self.client.wait(self.inner.update(params))
    }
    /// Delete a specific MessagingConfiguration.
    ///
    /// Waits for the async [`delete`](crate::verify_v2::MessagingConfigurationContext::delete) (`DELETE /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        self.client.wait(self.inner.delete())
    }
}
/// The messaging configuration resources.
///
/// The blocking [`MessagingConfigurationList`](crate::verify_v2::MessagingConfigurationList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct MessagingConfigurationList<'a> {
    pub(crate) inner: crate::verify_v2::MessagingConfigurationList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> MessagingConfigurationList<'a> {
    /// Retrieve a list of all Messaging Configurations for a Service.
    ///
    /// Waits for the async [`list`](crate::verify_v2::MessagingConfigurationList::list) (`GET /v2/Services/{ServiceSid}/MessagingConfigurations`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::verify_v2::ListMessagingConfigurationParams,
    ) -> Result<Vec<crate::verify_v2::MessagingConfiguration>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::verify_v2::ListMessagingConfigurationParams,
    ) -> crate::blocking::Iter<'a, crate::verify_v2::MessagingConfiguration> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::verify_v2::ListMessagingConfigurationParams,
    ) -> Result<
        crate::blocking::Page<
            'a,
            crate::verify_v2::ListMessagingConfigurationResponseBody,
        >,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
    /// Create a new MessagingConfiguration for a service.
    ///
    /// Waits for the async [`create`](crate::verify_v2::MessagingConfigurationList::create) (`POST /v2/Services/{ServiceSid}/MessagingConfigurations`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::verify_v2::CreateMessagingConfigurationParams,
    ) -> Result<
        crate::Response<crate::verify_v2::MessagingConfiguration>,
        crate::Error,
    > {
        self.client.wait(self.inner.create(params))
    }
}
/// The passkey resources.
///
/// The blocking [`PasskeyList`](crate::verify_v2::PasskeyList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct PasskeyList<'a> {
    pub(crate) inner: crate::verify_v2::PasskeyList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> PasskeyList<'a> {
    /// The approve challenge resources.
    ///
    /// The blocking [`ApproveChallengeList`](crate::verify_v2::ApproveChallengeList).
    pub fn approve_challenge(
        &self,
    ) -> crate::verify_v2::blocking::ApproveChallengeList<'a> {
        crate::verify_v2::blocking::ApproveChallengeList {
            inner: self.inner.approve_challenge(),
            client: self.client,
        }
    }
    /// The challenge resources.
    ///
    /// The blocking [`ServicePasskeyChallengeList`](crate::verify_v2::ServicePasskeyChallengeList).
    pub fn challenges(
        &self,
    ) -> crate::verify_v2::blocking::ServicePasskeyChallengeList<'a> {
        crate::verify_v2::blocking::ServicePasskeyChallengeList {
            inner: self.inner.challenges(),
            client: self.client,
        }
    }
    /// The factor resources.
    ///
    /// The blocking [`ServicePasskeyFactorList`](crate::verify_v2::ServicePasskeyFactorList).
    pub fn factors(&self) -> crate::verify_v2::blocking::ServicePasskeyFactorList<'a> {
        crate::verify_v2::blocking::ServicePasskeyFactorList {
            inner: self.inner.factors(),
            client: self.client,
        }
    }
    /// The verify factor resources.
    ///
    /// The blocking [`VerifyFactorList`](crate::verify_v2::VerifyFactorList).
    pub fn verify_factor(&self) -> crate::verify_v2::blocking::VerifyFactorList<'a> {
        crate::verify_v2::blocking::VerifyFactorList {
            inner: self.inner.verify_factor(),
            client: self.client,
        }
    }
}
/// The approve challenge resources.
///
/// The blocking [`ApproveChallengeList`](crate::verify_v2::ApproveChallengeList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct ApproveChallengeList<'a> {
    pub(crate) inner: crate::verify_v2::ApproveChallengeList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> ApproveChallengeList<'a> {
    /// Approve a Passkeys Challenge
    ///
    /// Waits for the async [`update`](crate::verify_v2::ApproveChallengeList::update) (`POST /v2/Services/{ServiceSid}/Passkeys/ApproveChallenge`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn update(
        &self,
        params: crate::verify_v2::UpdateChallengePasskeysParams,
    ) -> Result<
        crate::Response<crate::verify_v2::UpdateChallengePasskeysResponseBody>,
        crate::Error,
    > {
        self.client.wait(self.inner.update(params))
    }
}
/// The challenge resources.
///
/// The blocking [`ServicePasskeyChallengeList`](crate::verify_v2::ServicePasskeyChallengeList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct ServicePasskeyChallengeList<'a> {
    pub(crate) inner: crate::verify_v2::ServicePasskeyChallengeList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> ServicePasskeyChallengeList<'a> {
    /// Create a Passkeys Challenge
    ///
    /// Waits for the async [`create`](crate::verify_v2::ServicePasskeyChallengeList::create) (`POST /v2/Services/{ServiceSid}/Passkeys/Challenges`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::verify_v2::CreateChallengePasskeysParams,
    ) -> Result<
        crate::Response<crate::verify_v2::CreateChallengePasskeysResponseBody>,
        crate::Error,
    > {
        self.client.wait(self.inner.create(params))
    }
}
/// The factor resources.
///
/// The blocking [`ServicePasskeyFactorList`](crate::verify_v2::ServicePasskeyFactorList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct ServicePasskeyFactorList<'a> {
    pub(crate) inner: crate::verify_v2::ServicePasskeyFactorList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> ServicePasskeyFactorList<'a> {
    /// Create a new Passkeys Factor for the Entity
    ///
    /// Waits for the async [`create`](crate::verify_v2::ServicePasskeyFactorList::create) (`POST /v2/Services/{ServiceSid}/Passkeys/Factors`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::verify_v2::CreateNewFactorPasskeyParams,
    ) -> Result<
        crate::Response<crate::verify_v2::CreateNewFactorPasskeyResponseBody>,
        crate::Error,
    > {
        self.client.wait(self.inner.create(params))
    }
}
/// The verify factor resources.
///
/// The blocking [`VerifyFactorList`](crate::verify_v2::VerifyFactorList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct VerifyFactorList<'a> {
    pub(crate) inner: crate::verify_v2::VerifyFactorList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> VerifyFactorList<'a> {
    /// Verify a Passkeys Factor
    ///
    /// Waits for the async [`update`](crate::verify_v2::VerifyFactorList::update) (`POST /v2/Services/{ServiceSid}/Passkeys/VerifyFactor`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn update(
        &self,
        params: crate::verify_v2::UpdatePasskeysFactorParams,
    ) -> Result<
        crate::Response<crate::verify_v2::UpdatePasskeysFactorResponseBody>,
        crate::Error,
    > {
        self.client.wait(self.inner.update(params))
    }
}
/// A rate limit and what it contains.
///
/// The blocking [`RateLimitContext`](crate::verify_v2::RateLimitContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct RateLimitContext<'a> {
    pub(crate) inner: crate::verify_v2::RateLimitContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> RateLimitContext<'a> {
    /// A bucket and what it contains.
    ///
    /// The blocking [`BucketContext`](crate::verify_v2::BucketContext).
    pub fn bucket(
        &self,
        bucket_sid: &crate::BucketSid,
    ) -> crate::verify_v2::blocking::BucketContext<'a> {
        crate::verify_v2::blocking::BucketContext {
            inner: self.inner.bucket(bucket_sid),
            client: self.client,
        }
    }
    /// The bucket resources.
    ///
    /// The blocking [`BucketList`](crate::verify_v2::BucketList).
    pub fn buckets(&self) -> crate::verify_v2::blocking::BucketList<'a> {
        crate::verify_v2::blocking::BucketList {
            inner: self.inner.buckets(),
            client: self.client,
        }
    }
    /// Fetch a specific Rate Limit.
    ///
    /// Waits for the async [`fetch`](crate::verify_v2::RateLimitContext::fetch) (`GET /v2/Services/{ServiceSid}/RateLimits/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::RateLimit>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
    /// Update a specific Rate Limit.
    ///
    /// Waits for the async [`update`](crate::verify_v2::RateLimitContext::update) (`POST /v2/Services/{ServiceSid}/RateLimits/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn update(
        &self,
        params: crate::verify_v2::UpdateRateLimitParams,
    ) -> Result<crate::Response<crate::verify_v2::RateLimit>, crate::Error> {
        self.client.wait(self.inner.update(params))
    }
    /// Delete a specific Rate Limit.
    ///
    /// Waits for the async [`delete`](crate::verify_v2::RateLimitContext::delete) (`DELETE /v2/Services/{ServiceSid}/RateLimits/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        self.client.wait(self.inner.delete())
    }
}
/// A bucket and what it contains.
///
/// The blocking [`BucketContext`](crate::verify_v2::BucketContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct BucketContext<'a> {
    pub(crate) inner: crate::verify_v2::BucketContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> BucketContext<'a> {
    /// Fetch a specific Bucket.
    ///
    /// Waits for the async [`fetch`](crate::verify_v2::BucketContext::fetch) (`GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::Bucket>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
    /// Update a specific Bucket.
    ///
    /// Waits for the async [`update`](crate::verify_v2::BucketContext::update) (`POST /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn update(
        &self,
        params: crate::verify_v2::UpdateBucketParams,
    ) -> Result<crate::Response<crate::verify_v2::Bucket>, crate::Error> {
        self.client.wait(self.inner.update(params))
    }
    /// Delete a specific Bucket.
    ///
    /// Waits for the async [`delete`](crate::verify_v2::BucketContext::delete) (`DELETE /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        self.client.wait(self.inner.delete())
    }
}
/// The bucket resources.
///
/// The blocking [`BucketList`](crate::verify_v2::BucketList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct BucketList<'a> {
    pub(crate) inner: crate::verify_v2::BucketList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> BucketList<'a> {
    /// Retrieve a list of all Buckets for a Rate Limit.
    ///
    /// Waits for the async [`list`](crate::verify_v2::BucketList::list) (`GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::verify_v2::ListBucketParams,
    ) -> Result<Vec<crate::verify_v2::Bucket>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::verify_v2::ListBucketParams,
    ) -> crate::blocking::Iter<'a, crate::verify_v2::Bucket> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::verify_v2::ListBucketParams,
    ) -> Result<
        crate::blocking::Page<'a, crate::verify_v2::ListBucketResponseBody>,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
    /// Create a new Bucket for a Rate Limit
    ///
    /// Waits for the async [`create`](crate::verify_v2::BucketList::create) (`POST /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::verify_v2::CreateBucketParams,
    ) -> Result<crate::Response<crate::verify_v2::Bucket>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
/// The rate limit resources.
///
/// The blocking [`RateLimitList`](crate::verify_v2::RateLimitList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct RateLimitList<'a> {
    pub(crate) inner: crate::verify_v2::RateLimitList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> RateLimitList<'a> {
    /// Retrieve a list of all Rate Limits for a service.
    ///
    /// Waits for the async [`list`](crate::verify_v2::RateLimitList::list) (`GET /v2/Services/{ServiceSid}/RateLimits`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::verify_v2::ListRateLimitParams,
    ) -> Result<Vec<crate::verify_v2::RateLimit>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::verify_v2::ListRateLimitParams,
    ) -> crate::blocking::Iter<'a, crate::verify_v2::RateLimit> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::verify_v2::ListRateLimitParams,
    ) -> Result<
        crate::blocking::Page<'a, crate::verify_v2::ListRateLimitResponseBody>,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
    /// Create a new Rate Limit for a Service
    ///
    /// Waits for the async [`create`](crate::verify_v2::RateLimitList::create) (`POST /v2/Services/{ServiceSid}/RateLimits`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::verify_v2::CreateRateLimitParams,
    ) -> Result<crate::Response<crate::verify_v2::RateLimit>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
/// The verification check resources.
///
/// The blocking [`VerificationCheckList`](crate::verify_v2::VerificationCheckList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct VerificationCheckList<'a> {
    pub(crate) inner: crate::verify_v2::VerificationCheckList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> VerificationCheckList<'a> {
    /// challenge a specific Verification Check.
    ///
    /// Waits for the async [`create`](crate::verify_v2::VerificationCheckList::create) (`POST /v2/Services/{ServiceSid}/VerificationCheck`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::verify_v2::CreateVerificationCheckParams,
    ) -> Result<crate::Response<crate::verify_v2::VerificationCheck>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
/// A verification and what it contains.
///
/// The blocking [`VerificationContext`](crate::verify_v2::VerificationContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct VerificationContext<'a> {
    pub(crate) inner: crate::verify_v2::VerificationContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> VerificationContext<'a> {
    /// Fetch a specific Verification
    ///
    /// Waits for the async [`fetch`](crate::verify_v2::VerificationContext::fetch) (`GET /v2/Services/{ServiceSid}/Verifications/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::Verification>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
    /// Update a Verification status
    ///
    /// Waits for the async [`update`](crate::verify_v2::VerificationContext::update) (`POST /v2/Services/{ServiceSid}/Verifications/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn update(
        &self,
        params: crate::verify_v2::UpdateVerificationParams,
    ) -> Result<crate::Response<crate::verify_v2::Verification>, crate::Error> {
        self.client.wait(self.inner.update(params))
    }
}
/// The verification resources.
///
/// The blocking [`VerificationList`](crate::verify_v2::VerificationList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct VerificationList<'a> {
    pub(crate) inner: crate::verify_v2::VerificationList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> VerificationList<'a> {
    /// Create a new Verification using a Service
    ///
    /// Waits for the async [`create`](crate::verify_v2::VerificationList::create) (`POST /v2/Services/{ServiceSid}/Verifications`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::verify_v2::CreateVerificationParams,
    ) -> Result<crate::Response<crate::verify_v2::Verification>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
/// A webhook and what it contains.
///
/// The blocking [`WebhookContext`](crate::verify_v2::WebhookContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct WebhookContext<'a> {
    pub(crate) inner: crate::verify_v2::WebhookContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> WebhookContext<'a> {
    /// Fetch a specific Webhook.
    ///
    /// Waits for the async [`fetch`](crate::verify_v2::WebhookContext::fetch) (`GET /v2/Services/{ServiceSid}/Webhooks/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::Webhook>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
    /// The `UpdateWebhook` operation.
    ///
    /// Waits for the async [`update`](crate::verify_v2::WebhookContext::update) (`POST /v2/Services/{ServiceSid}/Webhooks/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn update(
        &self,
        params: crate::verify_v2::UpdateWebhookParams,
    ) -> Result<crate::Response<crate::verify_v2::Webhook>, crate::Error> {
        self.client.wait(self.inner.update(params))
    }
    /// Delete a specific Webhook.
    ///
    /// Waits for the async [`delete`](crate::verify_v2::WebhookContext::delete) (`DELETE /v2/Services/{ServiceSid}/Webhooks/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        self.client.wait(self.inner.delete())
    }
}
/// The webhook resources.
///
/// The blocking [`WebhookList`](crate::verify_v2::WebhookList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct WebhookList<'a> {
    pub(crate) inner: crate::verify_v2::WebhookList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> WebhookList<'a> {
    /// Retrieve a list of all Webhooks for a Service.
    ///
    /// Waits for the async [`list`](crate::verify_v2::WebhookList::list) (`GET /v2/Services/{ServiceSid}/Webhooks`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::verify_v2::ListWebhookParams,
    ) -> Result<Vec<crate::verify_v2::Webhook>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::verify_v2::ListWebhookParams,
    ) -> crate::blocking::Iter<'a, crate::verify_v2::Webhook> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::verify_v2::ListWebhookParams,
    ) -> Result<
        crate::blocking::Page<'a, crate::verify_v2::ListWebhookResponseBody>,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
    /// Create a new Webhook for the Service
    ///
    /// Waits for the async [`create`](crate::verify_v2::WebhookList::create) (`POST /v2/Services/{ServiceSid}/Webhooks`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::verify_v2::CreateWebhookParams,
    ) -> Result<crate::Response<crate::verify_v2::Webhook>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
