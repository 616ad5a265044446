export const id = 438;
export const ids = [438];
export const modules = {

/***/ 8438:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CognitiveServicesManagementClient: () => (/* reexport */ CognitiveServicesManagementClient)
});

// UNUSED EXPORTS: KnownAbusePenaltyAction, KnownActionType, KnownByPassSelection, KnownCapabilityHostKind, KnownCapabilityHostProvisioningState, KnownCommitmentPlanProvisioningState, KnownConnectionAuthType, KnownConnectionCategory, KnownConnectionGroup, KnownContentLevel, KnownCreatedByType, KnownDefenderForAISettingState, KnownDeploymentModelVersionUpgradeOption, KnownDeploymentProvisioningState, KnownDeploymentScaleType, KnownDeprecationStatus, KnownEncryptionScopeProvisioningState, KnownEncryptionScopeState, KnownHostingModel, KnownKeySource, KnownManagedPERequirement, KnownManagedPEStatus, KnownModelLifecycleStatus, KnownNetworkRuleAction, KnownNspAccessRuleDirection, KnownOrigin, KnownPrivateEndpointConnectionProvisioningState, KnownPrivateEndpointServiceConnectionStatus, KnownProvisioningState, KnownPublicNetworkAccess, KnownQuotaUsageStatus, KnownRaiPolicyContentSource, KnownRaiPolicyMode, KnownRaiPolicyType, KnownResourceSkuRestrictionsReasonCode, KnownRoutingMethods, KnownScenarioType, KnownSkuTier, KnownTierUpgradePolicy, KnownUnitType, KnownUpgradeAvailabilityStatus, getContinuationToken

// NAMESPACE OBJECT: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/models/mappers.js
var mappers_namespaceObject = {};
__webpack_require__.r(mappers_namespaceObject);
__webpack_require__.d(mappers_namespaceObject, {
  AADAuthTypeConnectionProperties: () => (AADAuthTypeConnectionProperties),
  AbusePenalty: () => (AbusePenalty),
  AccessKeyAuthTypeConnectionProperties: () => (AccessKeyAuthTypeConnectionProperties),
  Account: () => (Account),
  AccountCapabilityHostsCreateOrUpdateHeaders: () => (AccountCapabilityHostsCreateOrUpdateHeaders),
  AccountCapabilityHostsDeleteHeaders: () => (AccountCapabilityHostsDeleteHeaders),
  AccountKeyAuthTypeConnectionProperties: () => (AccountKeyAuthTypeConnectionProperties),
  AccountListResult: () => (AccountListResult),
  AccountModel: () => (AccountModel),
  AccountModelListResult: () => (AccountModelListResult),
  AccountProperties: () => (AccountProperties),
  AccountSku: () => (AccountSku),
  AccountSkuListResult: () => (AccountSkuListResult),
  ApiKeyAuthConnectionProperties: () => (ApiKeyAuthConnectionProperties),
  ApiKeys: () => (ApiKeys),
  ApiProperties: () => (ApiProperties),
  AzureEntityResource: () => (AzureEntityResource),
  BillingMeterInfo: () => (BillingMeterInfo),
  CalculateModelCapacityParameter: () => (CalculateModelCapacityParameter),
  CalculateModelCapacityResult: () => (CalculateModelCapacityResult),
  CalculateModelCapacityResultEstimatedCapacity: () => (CalculateModelCapacityResultEstimatedCapacity),
  CallRateLimit: () => (CallRateLimit),
  CapabilityHost: () => (CapabilityHost),
  CapabilityHostProperties: () => (CapabilityHostProperties),
  CapabilityHostResourceArmPaginatedResult: () => (CapabilityHostResourceArmPaginatedResult),
  CapacityConfig: () => (CapacityConfig),
  CheckDomainAvailabilityParameter: () => (CheckDomainAvailabilityParameter),
  CheckSkuAvailabilityParameter: () => (CheckSkuAvailabilityParameter),
  CommitmentCost: () => (CommitmentCost),
  CommitmentPeriod: () => (CommitmentPeriod),
  CommitmentPlan: () => (CommitmentPlan),
  CommitmentPlanAccountAssociation: () => (CommitmentPlanAccountAssociation),
  CommitmentPlanAccountAssociationListResult: () => (CommitmentPlanAccountAssociationListResult),
  CommitmentPlanAssociation: () => (CommitmentPlanAssociation),
  CommitmentPlanListResult: () => (CommitmentPlanListResult),
  CommitmentPlanProperties: () => (CommitmentPlanProperties),
  CommitmentPlansDeleteAssociationHeaders: () => (CommitmentPlansDeleteAssociationHeaders),
  CommitmentPlansDeletePlanHeaders: () => (CommitmentPlansDeletePlanHeaders),
  CommitmentPlansUpdatePlanHeaders: () => (CommitmentPlansUpdatePlanHeaders),
  CommitmentQuota: () => (CommitmentQuota),
  CommitmentTier: () => (CommitmentTier),
  CommitmentTierListResult: () => (CommitmentTierListResult),
  ConnectionAccessKey: () => (ConnectionAccessKey),
  ConnectionAccountKey: () => (ConnectionAccountKey),
  ConnectionApiKey: () => (ConnectionApiKey),
  ConnectionManagedIdentity: () => (ConnectionManagedIdentity),
  ConnectionOAuth2: () => (ConnectionOAuth2),
  ConnectionPersonalAccessToken: () => (ConnectionPersonalAccessToken),
  ConnectionPropertiesV2: () => (ConnectionPropertiesV2),
  ConnectionPropertiesV2BasicResource: () => (ConnectionPropertiesV2BasicResource),
  ConnectionPropertiesV2BasicResourceArmPaginatedResult: () => (ConnectionPropertiesV2BasicResourceArmPaginatedResult),
  ConnectionServicePrincipal: () => (ConnectionServicePrincipal),
  ConnectionSharedAccessSignature: () => (ConnectionSharedAccessSignature),
  ConnectionUpdateContent: () => (ConnectionUpdateContent),
  ConnectionUsernamePassword: () => (ConnectionUsernamePassword),
  CustomBlocklistConfig: () => (CustomBlocklistConfig),
  CustomKeys: () => (CustomKeys),
  CustomKeysConnectionProperties: () => (CustomKeysConnectionProperties),
  CustomTopicConfig: () => (CustomTopicConfig),
  DefenderForAISetting: () => (DefenderForAISetting),
  DefenderForAISettingResult: () => (DefenderForAISettingResult),
  Deployment: () => (Deployment),
  DeploymentCapacitySettings: () => (DeploymentCapacitySettings),
  DeploymentListResult: () => (DeploymentListResult),
  DeploymentModel: () => (DeploymentModel),
  DeploymentProperties: () => (DeploymentProperties),
  DeploymentScaleSettings: () => (DeploymentScaleSettings),
  DeploymentSkuListResult: () => (DeploymentSkuListResult),
  DeploymentsUpdateHeaders: () => (DeploymentsUpdateHeaders),
  DomainAvailability: () => (DomainAvailability),
  Encryption: () => (Encryption),
  EncryptionScope: () => (EncryptionScope),
  EncryptionScopeListResult: () => (EncryptionScopeListResult),
  EncryptionScopeProperties: () => (EncryptionScopeProperties),
  EncryptionScopesDeleteHeaders: () => (EncryptionScopesDeleteHeaders),
  ErrorAdditionalInfo: () => (ErrorAdditionalInfo),
  ErrorDetail: () => (ErrorDetail),
  ErrorResponse: () => (ErrorResponse),
  Identity: () => (Identity),
  IpRule: () => (IpRule),
  KeyVaultProperties: () => (KeyVaultProperties),
  ManagedIdentityAuthTypeConnectionProperties: () => (ManagedIdentityAuthTypeConnectionProperties),
  MetricName: () => (MetricName),
  Model: () => (Model),
  ModelCapacityCalculatorWorkload: () => (ModelCapacityCalculatorWorkload),
  ModelCapacityCalculatorWorkloadRequestParam: () => (ModelCapacityCalculatorWorkloadRequestParam),
  ModelCapacityListResult: () => (ModelCapacityListResult),
  ModelCapacityListResultValueItem: () => (ModelCapacityListResultValueItem),
  ModelDeprecationInfo: () => (ModelDeprecationInfo),
  ModelListResult: () => (ModelListResult),
  ModelSku: () => (ModelSku),
  ModelSkuCapacityProperties: () => (ModelSkuCapacityProperties),
  MultiRegionSettings: () => (MultiRegionSettings),
  NetworkInjection: () => (NetworkInjection),
  NetworkRuleSet: () => (NetworkRuleSet),
  NetworkSecurityPerimeter: () => (NetworkSecurityPerimeter),
  NetworkSecurityPerimeterAccessRule: () => (NetworkSecurityPerimeterAccessRule),
  NetworkSecurityPerimeterAccessRuleProperties: () => (NetworkSecurityPerimeterAccessRuleProperties),
  NetworkSecurityPerimeterAccessRulePropertiesSubscriptionsItem: () => (NetworkSecurityPerimeterAccessRulePropertiesSubscriptionsItem),
  NetworkSecurityPerimeterConfiguration: () => (NetworkSecurityPerimeterConfiguration),
  NetworkSecurityPerimeterConfigurationAssociationInfo: () => (NetworkSecurityPerimeterConfigurationAssociationInfo),
  NetworkSecurityPerimeterConfigurationList: () => (NetworkSecurityPerimeterConfigurationList),
  NetworkSecurityPerimeterConfigurationProperties: () => (NetworkSecurityPerimeterConfigurationProperties),
  NetworkSecurityPerimeterConfigurationsReconcileHeaders: () => (NetworkSecurityPerimeterConfigurationsReconcileHeaders),
  NetworkSecurityPerimeterProfileInfo: () => (NetworkSecurityPerimeterProfileInfo),
  NoneAuthTypeConnectionProperties: () => (NoneAuthTypeConnectionProperties),
  OAuth2AuthTypeConnectionProperties: () => (OAuth2AuthTypeConnectionProperties),
  Operation: () => (Operation),
  OperationDisplay: () => (OperationDisplay),
  OperationListResult: () => (OperationListResult),
  PATAuthTypeConnectionProperties: () => (PATAuthTypeConnectionProperties),
  PatchResourceTags: () => (PatchResourceTags),
  PatchResourceTagsAndSku: () => (PatchResourceTagsAndSku),
  PrivateEndpoint: () => (PrivateEndpoint),
  PrivateEndpointConnection: () => (PrivateEndpointConnection),
  PrivateEndpointConnectionListResult: () => (PrivateEndpointConnectionListResult),
  PrivateEndpointConnectionProperties: () => (PrivateEndpointConnectionProperties),
  PrivateLinkResource: () => (PrivateLinkResource),
  PrivateLinkResourceListResult: () => (PrivateLinkResourceListResult),
  PrivateLinkResourceProperties: () => (PrivateLinkResourceProperties),
  PrivateLinkServiceConnectionState: () => (PrivateLinkServiceConnectionState),
  Project: () => (Project),
  ProjectCapabilityHost: () => (ProjectCapabilityHost),
  ProjectCapabilityHostProperties: () => (ProjectCapabilityHostProperties),
  ProjectCapabilityHostResourceArmPaginatedResult: () => (ProjectCapabilityHostResourceArmPaginatedResult),
  ProjectCapabilityHostsCreateOrUpdateHeaders: () => (ProjectCapabilityHostsCreateOrUpdateHeaders),
  ProjectCapabilityHostsDeleteHeaders: () => (ProjectCapabilityHostsDeleteHeaders),
  ProjectListResult: () => (ProjectListResult),
  ProjectProperties: () => (ProjectProperties),
  ProvisioningIssue: () => (ProvisioningIssue),
  ProvisioningIssueProperties: () => (ProvisioningIssueProperties),
  ProxyResource: () => (ProxyResource),
  QuotaLimit: () => (QuotaLimit),
  QuotaTier: () => (QuotaTier),
  QuotaTierListResult: () => (QuotaTierListResult),
  QuotaTierProperties: () => (QuotaTierProperties),
  QuotaTierUpgradeEligibilityInfo: () => (QuotaTierUpgradeEligibilityInfo),
  RaiBlockListItemsResult: () => (RaiBlockListItemsResult),
  RaiBlockListResult: () => (RaiBlockListResult),
  RaiBlocklist: () => (RaiBlocklist),
  RaiBlocklistConfig: () => (RaiBlocklistConfig),
  RaiBlocklistItem: () => (RaiBlocklistItem),
  RaiBlocklistItemBulkRequest: () => (RaiBlocklistItemBulkRequest),
  RaiBlocklistItemProperties: () => (RaiBlocklistItemProperties),
  RaiBlocklistItemsDeleteHeaders: () => (RaiBlocklistItemsDeleteHeaders),
  RaiBlocklistProperties: () => (RaiBlocklistProperties),
  RaiBlocklistsDeleteHeaders: () => (RaiBlocklistsDeleteHeaders),
  RaiContentFilter: () => (RaiContentFilter),
  RaiContentFilterListResult: () => (RaiContentFilterListResult),
  RaiContentFilterProperties: () => (RaiContentFilterProperties),
  RaiMonitorConfig: () => (RaiMonitorConfig),
  RaiPoliciesDeleteHeaders: () => (RaiPoliciesDeleteHeaders),
  RaiPolicy: () => (RaiPolicy),
  RaiPolicyContentFilter: () => (RaiPolicyContentFilter),
  RaiPolicyListResult: () => (RaiPolicyListResult),
  RaiPolicyProperties: () => (RaiPolicyProperties),
  RaiTopic: () => (RaiTopic),
  RaiTopicConfig: () => (RaiTopicConfig),
  RaiTopicProperties: () => (RaiTopicProperties),
  RaiTopicResult: () => (RaiTopicResult),
  RaiTopicsDeleteHeaders: () => (RaiTopicsDeleteHeaders),
  RegenerateKeyParameters: () => (RegenerateKeyParameters),
  RegionSetting: () => (RegionSetting),
  ReplacementConfig: () => (ReplacementConfig),
  RequestMatchPattern: () => (RequestMatchPattern),
  Resource: () => (Resource),
  ResourceBase: () => (ResourceBase),
  ResourceSku: () => (ResourceSku),
  ResourceSkuListResult: () => (ResourceSkuListResult),
  ResourceSkuRestrictionInfo: () => (ResourceSkuRestrictionInfo),
  ResourceSkuRestrictions: () => (ResourceSkuRestrictions),
  SASAuthTypeConnectionProperties: () => (SASAuthTypeConnectionProperties),
  ServicePrincipalAuthTypeConnectionProperties: () => (ServicePrincipalAuthTypeConnectionProperties),
  Sku: () => (Sku),
  SkuAvailability: () => (SkuAvailability),
  SkuAvailabilityListResult: () => (SkuAvailabilityListResult),
  SkuCapability: () => (SkuCapability),
  SkuChangeInfo: () => (SkuChangeInfo),
  SkuResource: () => (SkuResource),
  SystemData: () => (SystemData),
  ThrottlingRule: () => (ThrottlingRule),
  Usage: () => (Usage),
  UsageListResult: () => (UsageListResult),
  UserAssignedIdentity: () => (UserAssignedIdentity),
  UserOwnedAmlWorkspace: () => (UserOwnedAmlWorkspace),
  UserOwnedStorage: () => (UserOwnedStorage),
  UsernamePasswordAuthTypeConnectionProperties: () => (UsernamePasswordAuthTypeConnectionProperties),
  VirtualNetworkRule: () => (VirtualNetworkRule),
  discriminators: () => (discriminators)
});

;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/pagingHelper.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const pageMap = new WeakMap();
/**
 * Given the last `.value` produced by the `byPage` iterator,
 * returns a continuation token that can be used to begin paging from
 * that point later.
 * @param page An object from accessing `value` on the IteratorResult from a `byPage` iterator.
 * @returns The continuation token that can be passed into byPage() during future calls.
 */
function getContinuationToken(page) {
    if (typeof page !== "object" || page === null) {
        return undefined;
    }
    return pageMap.get(page)?.continuationToken;
}
function setContinuationToken(page, continuationToken) {
    if (typeof page !== "object" || page === null || !continuationToken) {
        return;
    }
    const pageInfo = pageMap.get(page) ?? {};
    pageInfo.continuationToken = continuationToken;
    pageMap.set(page, pageInfo);
}
//# sourceMappingURL=pagingHelper.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/models/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/** Known values of {@link SkuTier} that the service accepts. */
var KnownSkuTier;
(function (KnownSkuTier) {
    /** Free */
    KnownSkuTier["Free"] = "Free";
    /** Basic */
    KnownSkuTier["Basic"] = "Basic";
    /** Standard */
    KnownSkuTier["Standard"] = "Standard";
    /** Premium */
    KnownSkuTier["Premium"] = "Premium";
    /** Enterprise */
    KnownSkuTier["Enterprise"] = "Enterprise";
})(KnownSkuTier || (KnownSkuTier = {}));
/** Known values of {@link ProvisioningState} that the service accepts. */
var KnownProvisioningState;
(function (KnownProvisioningState) {
    /** Accepted */
    KnownProvisioningState["Accepted"] = "Accepted";
    /** Creating */
    KnownProvisioningState["Creating"] = "Creating";
    /** Deleting */
    KnownProvisioningState["Deleting"] = "Deleting";
    /** Moving */
    KnownProvisioningState["Moving"] = "Moving";
    /** Failed */
    KnownProvisioningState["Failed"] = "Failed";
    /** Succeeded */
    KnownProvisioningState["Succeeded"] = "Succeeded";
    /** ResolvingDNS */
    KnownProvisioningState["ResolvingDNS"] = "ResolvingDNS";
    /** Canceled */
    KnownProvisioningState["Canceled"] = "Canceled";
})(KnownProvisioningState || (KnownProvisioningState = {}));
/** Known values of {@link NetworkRuleAction} that the service accepts. */
var KnownNetworkRuleAction;
(function (KnownNetworkRuleAction) {
    /** Allow */
    KnownNetworkRuleAction["Allow"] = "Allow";
    /** Deny */
    KnownNetworkRuleAction["Deny"] = "Deny";
})(KnownNetworkRuleAction || (KnownNetworkRuleAction = {}));
/** Known values of {@link ByPassSelection} that the service accepts. */
var KnownByPassSelection;
(function (KnownByPassSelection) {
    /** None */
    KnownByPassSelection["None"] = "None";
    /** AzureServices */
    KnownByPassSelection["AzureServices"] = "AzureServices";
})(KnownByPassSelection || (KnownByPassSelection = {}));
/** Known values of {@link KeySource} that the service accepts. */
var KnownKeySource;
(function (KnownKeySource) {
    /** MicrosoftCognitiveServices */
    KnownKeySource["MicrosoftCognitiveServices"] = "Microsoft.CognitiveServices";
    /** MicrosoftKeyVault */
    KnownKeySource["MicrosoftKeyVault"] = "Microsoft.KeyVault";
})(KnownKeySource || (KnownKeySource = {}));
/** Known values of {@link PrivateEndpointServiceConnectionStatus} that the service accepts. */
var KnownPrivateEndpointServiceConnectionStatus;
(function (KnownPrivateEndpointServiceConnectionStatus) {
    /** Pending */
    KnownPrivateEndpointServiceConnectionStatus["Pending"] = "Pending";
    /** Approved */
    KnownPrivateEndpointServiceConnectionStatus["Approved"] = "Approved";
    /** Rejected */
    KnownPrivateEndpointServiceConnectionStatus["Rejected"] = "Rejected";
})(KnownPrivateEndpointServiceConnectionStatus || (KnownPrivateEndpointServiceConnectionStatus = {}));
/** Known values of {@link PrivateEndpointConnectionProvisioningState} that the service accepts. */
var KnownPrivateEndpointConnectionProvisioningState;
(function (KnownPrivateEndpointConnectionProvisioningState) {
    /** Succeeded */
    KnownPrivateEndpointConnectionProvisioningState["Succeeded"] = "Succeeded";
    /** Creating */
    KnownPrivateEndpointConnectionProvisioningState["Creating"] = "Creating";
    /** Deleting */
    KnownPrivateEndpointConnectionProvisioningState["Deleting"] = "Deleting";
    /** Failed */
    KnownPrivateEndpointConnectionProvisioningState["Failed"] = "Failed";
})(KnownPrivateEndpointConnectionProvisioningState || (KnownPrivateEndpointConnectionProvisioningState = {}));
/** Known values of {@link CreatedByType} that the service accepts. */
var KnownCreatedByType;
(function (KnownCreatedByType) {
    /** User */
    KnownCreatedByType["User"] = "User";
    /** Application */
    KnownCreatedByType["Application"] = "Application";
    /** ManagedIdentity */
    KnownCreatedByType["ManagedIdentity"] = "ManagedIdentity";
    /** Key */
    KnownCreatedByType["Key"] = "Key";
})(KnownCreatedByType || (KnownCreatedByType = {}));
/** Known values of {@link PublicNetworkAccess} that the service accepts. */
var KnownPublicNetworkAccess;
(function (KnownPublicNetworkAccess) {
    /** Enabled */
    KnownPublicNetworkAccess["Enabled"] = "Enabled";
    /** Disabled */
    KnownPublicNetworkAccess["Disabled"] = "Disabled";
})(KnownPublicNetworkAccess || (KnownPublicNetworkAccess = {}));
/** Known values of {@link RoutingMethods} that the service accepts. */
var KnownRoutingMethods;
(function (KnownRoutingMethods) {
    /** Priority */
    KnownRoutingMethods["Priority"] = "Priority";
    /** Weighted */
    KnownRoutingMethods["Weighted"] = "Weighted";
    /** Performance */
    KnownRoutingMethods["Performance"] = "Performance";
})(KnownRoutingMethods || (KnownRoutingMethods = {}));
/** Known values of {@link AbusePenaltyAction} that the service accepts. */
var KnownAbusePenaltyAction;
(function (KnownAbusePenaltyAction) {
    /** Throttle */
    KnownAbusePenaltyAction["Throttle"] = "Throttle";
    /** Block */
    KnownAbusePenaltyAction["Block"] = "Block";
})(KnownAbusePenaltyAction || (KnownAbusePenaltyAction = {}));
/** Known values of {@link ScenarioType} that the service accepts. */
var KnownScenarioType;
(function (KnownScenarioType) {
    /** None */
    KnownScenarioType["None"] = "none";
    /** Agent */
    KnownScenarioType["Agent"] = "agent";
})(KnownScenarioType || (KnownScenarioType = {}));
/** Known values of {@link ResourceSkuRestrictionsReasonCode} that the service accepts. */
var KnownResourceSkuRestrictionsReasonCode;
(function (KnownResourceSkuRestrictionsReasonCode) {
    /** QuotaId */
    KnownResourceSkuRestrictionsReasonCode["QuotaId"] = "QuotaId";
    /** NotAvailableForSubscription */
    KnownResourceSkuRestrictionsReasonCode["NotAvailableForSubscription"] = "NotAvailableForSubscription";
})(KnownResourceSkuRestrictionsReasonCode || (KnownResourceSkuRestrictionsReasonCode = {}));
/** Known values of {@link UnitType} that the service accepts. */
var KnownUnitType;
(function (KnownUnitType) {
    /** Count */
    KnownUnitType["Count"] = "Count";
    /** Bytes */
    KnownUnitType["Bytes"] = "Bytes";
    /** Seconds */
    KnownUnitType["Seconds"] = "Seconds";
    /** Percent */
    KnownUnitType["Percent"] = "Percent";
    /** CountPerSecond */
    KnownUnitType["CountPerSecond"] = "CountPerSecond";
    /** BytesPerSecond */
    KnownUnitType["BytesPerSecond"] = "BytesPerSecond";
    /** Milliseconds */
    KnownUnitType["Milliseconds"] = "Milliseconds";
})(KnownUnitType || (KnownUnitType = {}));
/** Known values of {@link QuotaUsageStatus} that the service accepts. */
var KnownQuotaUsageStatus;
(function (KnownQuotaUsageStatus) {
    /** Included */
    KnownQuotaUsageStatus["Included"] = "Included";
    /** Blocked */
    KnownQuotaUsageStatus["Blocked"] = "Blocked";
    /** InOverage */
    KnownQuotaUsageStatus["InOverage"] = "InOverage";
    /** Unknown */
    KnownQuotaUsageStatus["Unknown"] = "Unknown";
})(KnownQuotaUsageStatus || (KnownQuotaUsageStatus = {}));
/** Known values of {@link DeprecationStatus} that the service accepts. */
var KnownDeprecationStatus;
(function (KnownDeprecationStatus) {
    /** Planned */
    KnownDeprecationStatus["Planned"] = "Planned";
    /** Tentative */
    KnownDeprecationStatus["Tentative"] = "Tentative";
})(KnownDeprecationStatus || (KnownDeprecationStatus = {}));
/** Known values of {@link ModelLifecycleStatus} that the service accepts. */
var KnownModelLifecycleStatus;
(function (KnownModelLifecycleStatus) {
    /** Legacy state. Replaced with GenerallyAvailable going forward. */
    KnownModelLifecycleStatus["Stable"] = "Stable";
    /** Model is in preview and may be subject to changes. */
    KnownModelLifecycleStatus["Preview"] = "Preview";
    /** Model is generally available for production use. */
    KnownModelLifecycleStatus["GenerallyAvailable"] = "GenerallyAvailable";
    /** Model is being deprecated and will be removed in the future. Only customers with existing deployments can create new deployments with this model. */
    KnownModelLifecycleStatus["Deprecating"] = "Deprecating";
    /** Model has been deprecated, also known as retired, and is no longer supported. Inference calls to deployments of models in this lifecycle state will return 410 errors. */
    KnownModelLifecycleStatus["Deprecated"] = "Deprecated";
    /** Model is a legacy version that is no longer recommended for use. Customers should migrate to newer models. Check replacementConfig for upgrade information. */
    KnownModelLifecycleStatus["Legacy"] = "Legacy";
})(KnownModelLifecycleStatus || (KnownModelLifecycleStatus = {}));
/** Known values of {@link Origin} that the service accepts. */
var KnownOrigin;
(function (KnownOrigin) {
    /** User */
    KnownOrigin["User"] = "user";
    /** System */
    KnownOrigin["System"] = "system";
    /** UserSystem */
    KnownOrigin["UserSystem"] = "user,system";
})(KnownOrigin || (KnownOrigin = {}));
/** Known values of {@link ActionType} that the service accepts. */
var KnownActionType;
(function (KnownActionType) {
    /** Internal */
    KnownActionType["Internal"] = "Internal";
})(KnownActionType || (KnownActionType = {}));
/** Known values of {@link HostingModel} that the service accepts. */
var KnownHostingModel;
(function (KnownHostingModel) {
    /** Web */
    KnownHostingModel["Web"] = "Web";
    /** ConnectedContainer */
    KnownHostingModel["ConnectedContainer"] = "ConnectedContainer";
    /** DisconnectedContainer */
    KnownHostingModel["DisconnectedContainer"] = "DisconnectedContainer";
    /** ProvisionedWeb */
    KnownHostingModel["ProvisionedWeb"] = "ProvisionedWeb";
})(KnownHostingModel || (KnownHostingModel = {}));
/** Known values of {@link DeploymentProvisioningState} that the service accepts. */
var KnownDeploymentProvisioningState;
(function (KnownDeploymentProvisioningState) {
    /** Accepted */
    KnownDeploymentProvisioningState["Accepted"] = "Accepted";
    /** Creating */
    KnownDeploymentProvisioningState["Creating"] = "Creating";
    /** Deleting */
    KnownDeploymentProvisioningState["Deleting"] = "Deleting";
    /** Moving */
    KnownDeploymentProvisioningState["Moving"] = "Moving";
    /** Failed */
    KnownDeploymentProvisioningState["Failed"] = "Failed";
    /** Succeeded */
    KnownDeploymentProvisioningState["Succeeded"] = "Succeeded";
    /** Disabled */
    KnownDeploymentProvisioningState["Disabled"] = "Disabled";
    /** Canceled */
    KnownDeploymentProvisioningState["Canceled"] = "Canceled";
})(KnownDeploymentProvisioningState || (KnownDeploymentProvisioningState = {}));
/** Known values of {@link DeploymentScaleType} that the service accepts. */
var KnownDeploymentScaleType;
(function (KnownDeploymentScaleType) {
    /** Standard */
    KnownDeploymentScaleType["Standard"] = "Standard";
    /** Manual */
    KnownDeploymentScaleType["Manual"] = "Manual";
})(KnownDeploymentScaleType || (KnownDeploymentScaleType = {}));
/** Known values of {@link DeploymentModelVersionUpgradeOption} that the service accepts. */
var KnownDeploymentModelVersionUpgradeOption;
(function (KnownDeploymentModelVersionUpgradeOption) {
    /** OnceNewDefaultVersionAvailable */
    KnownDeploymentModelVersionUpgradeOption["OnceNewDefaultVersionAvailable"] = "OnceNewDefaultVersionAvailable";
    /** OnceCurrentVersionExpired */
    KnownDeploymentModelVersionUpgradeOption["OnceCurrentVersionExpired"] = "OnceCurrentVersionExpired";
    /** NoAutoUpgrade */
    KnownDeploymentModelVersionUpgradeOption["NoAutoUpgrade"] = "NoAutoUpgrade";
})(KnownDeploymentModelVersionUpgradeOption || (KnownDeploymentModelVersionUpgradeOption = {}));
/** Known values of {@link CommitmentPlanProvisioningState} that the service accepts. */
var KnownCommitmentPlanProvisioningState;
(function (KnownCommitmentPlanProvisioningState) {
    /** Accepted */
    KnownCommitmentPlanProvisioningState["Accepted"] = "Accepted";
    /** Creating */
    KnownCommitmentPlanProvisioningState["Creating"] = "Creating";
    /** Deleting */
    KnownCommitmentPlanProvisioningState["Deleting"] = "Deleting";
    /** Moving */
    KnownCommitmentPlanProvisioningState["Moving"] = "Moving";
    /** Failed */
    KnownCommitmentPlanProvisioningState["Failed"] = "Failed";
    /** Succeeded */
    KnownCommitmentPlanProvisioningState["Succeeded"] = "Succeeded";
    /** Canceled */
    KnownCommitmentPlanProvisioningState["Canceled"] = "Canceled";
})(KnownCommitmentPlanProvisioningState || (KnownCommitmentPlanProvisioningState = {}));
/** Known values of {@link EncryptionScopeProvisioningState} that the service accepts. */
var KnownEncryptionScopeProvisioningState;
(function (KnownEncryptionScopeProvisioningState) {
    /** Accepted */
    KnownEncryptionScopeProvisioningState["Accepted"] = "Accepted";
    /** Creating */
    KnownEncryptionScopeProvisioningState["Creating"] = "Creating";
    /** Deleting */
    KnownEncryptionScopeProvisioningState["Deleting"] = "Deleting";
    /** Moving */
    KnownEncryptionScopeProvisioningState["Moving"] = "Moving";
    /** Failed */
    KnownEncryptionScopeProvisioningState["Failed"] = "Failed";
    /** Succeeded */
    KnownEncryptionScopeProvisioningState["Succeeded"] = "Succeeded";
    /** Canceled */
    KnownEncryptionScopeProvisioningState["Canceled"] = "Canceled";
})(KnownEncryptionScopeProvisioningState || (KnownEncryptionScopeProvisioningState = {}));
/** Known values of {@link EncryptionScopeState} that the service accepts. */
var KnownEncryptionScopeState;
(function (KnownEncryptionScopeState) {
    /** Disabled */
    KnownEncryptionScopeState["Disabled"] = "Disabled";
    /** Enabled */
    KnownEncryptionScopeState["Enabled"] = "Enabled";
})(KnownEncryptionScopeState || (KnownEncryptionScopeState = {}));
/** Known values of {@link RaiPolicyType} that the service accepts. */
var KnownRaiPolicyType;
(function (KnownRaiPolicyType) {
    /** UserManaged */
    KnownRaiPolicyType["UserManaged"] = "UserManaged";
    /** SystemManaged */
    KnownRaiPolicyType["SystemManaged"] = "SystemManaged";
})(KnownRaiPolicyType || (KnownRaiPolicyType = {}));
/** Known values of {@link RaiPolicyMode} that the service accepts. */
var KnownRaiPolicyMode;
(function (KnownRaiPolicyMode) {
    /** Default */
    KnownRaiPolicyMode["Default"] = "Default";
    /** Deferred */
    KnownRaiPolicyMode["Deferred"] = "Deferred";
    /** Blocking */
    KnownRaiPolicyMode["Blocking"] = "Blocking";
    /** AsynchronousFilter */
    KnownRaiPolicyMode["AsynchronousFilter"] = "Asynchronous_filter";
})(KnownRaiPolicyMode || (KnownRaiPolicyMode = {}));
/** Known values of {@link ContentLevel} that the service accepts. */
var KnownContentLevel;
(function (KnownContentLevel) {
    /** Low */
    KnownContentLevel["Low"] = "Low";
    /** Medium */
    KnownContentLevel["Medium"] = "Medium";
    /** High */
    KnownContentLevel["High"] = "High";
})(KnownContentLevel || (KnownContentLevel = {}));
/** Known values of {@link RaiPolicyContentSource} that the service accepts. */
var KnownRaiPolicyContentSource;
(function (KnownRaiPolicyContentSource) {
    /** Prompt */
    KnownRaiPolicyContentSource["Prompt"] = "Prompt";
    /** Completion */
    KnownRaiPolicyContentSource["Completion"] = "Completion";
})(KnownRaiPolicyContentSource || (KnownRaiPolicyContentSource = {}));
/** Known values of {@link NspAccessRuleDirection} that the service accepts. */
var KnownNspAccessRuleDirection;
(function (KnownNspAccessRuleDirection) {
    /** Inbound */
    KnownNspAccessRuleDirection["Inbound"] = "Inbound";
    /** Outbound */
    KnownNspAccessRuleDirection["Outbound"] = "Outbound";
})(KnownNspAccessRuleDirection || (KnownNspAccessRuleDirection = {}));
/** Known values of {@link DefenderForAISettingState} that the service accepts. */
var KnownDefenderForAISettingState;
(function (KnownDefenderForAISettingState) {
    /** Disabled */
    KnownDefenderForAISettingState["Disabled"] = "Disabled";
    /** Enabled */
    KnownDefenderForAISettingState["Enabled"] = "Enabled";
})(KnownDefenderForAISettingState || (KnownDefenderForAISettingState = {}));
/** Known values of {@link ConnectionAuthType} that the service accepts. */
var KnownConnectionAuthType;
(function (KnownConnectionAuthType) {
    /** PAT */
    KnownConnectionAuthType["PAT"] = "PAT";
    /** ManagedIdentity */
    KnownConnectionAuthType["ManagedIdentity"] = "ManagedIdentity";
    /** UsernamePassword */
    KnownConnectionAuthType["UsernamePassword"] = "UsernamePassword";
    /** None */
    KnownConnectionAuthType["None"] = "None";
    /** SAS */
    KnownConnectionAuthType["SAS"] = "SAS";
    /** AccountKey */
    KnownConnectionAuthType["AccountKey"] = "AccountKey";
    /** ServicePrincipal */
    KnownConnectionAuthType["ServicePrincipal"] = "ServicePrincipal";
    /** AccessKey */
    KnownConnectionAuthType["AccessKey"] = "AccessKey";
    /** ApiKey */
    KnownConnectionAuthType["ApiKey"] = "ApiKey";
    /** CustomKeys */
    KnownConnectionAuthType["CustomKeys"] = "CustomKeys";
    /** OAuth2 */
    KnownConnectionAuthType["OAuth2"] = "OAuth2";
    /** AAD */
    KnownConnectionAuthType["AAD"] = "AAD";
})(KnownConnectionAuthType || (KnownConnectionAuthType = {}));
/** Known values of {@link ConnectionCategory} that the service accepts. */
var KnownConnectionCategory;
(function (KnownConnectionCategory) {
    /** PythonFeed */
    KnownConnectionCategory["PythonFeed"] = "PythonFeed";
    /** ContainerRegistry */
    KnownConnectionCategory["ContainerRegistry"] = "ContainerRegistry";
    /** Git */
    KnownConnectionCategory["Git"] = "Git";
    /** S3 */
    KnownConnectionCategory["S3"] = "S3";
    /** Snowflake */
    KnownConnectionCategory["Snowflake"] = "Snowflake";
    /** AzureSqlDb */
    KnownConnectionCategory["AzureSqlDb"] = "AzureSqlDb";
    /** AzureSynapseAnalytics */
    KnownConnectionCategory["AzureSynapseAnalytics"] = "AzureSynapseAnalytics";
    /** AzureMySqlDb */
    KnownConnectionCategory["AzureMySqlDb"] = "AzureMySqlDb";
    /** AzurePostgresDb */
    KnownConnectionCategory["AzurePostgresDb"] = "AzurePostgresDb";
    /** AdlsGen2 */
    KnownConnectionCategory["AdlsGen2"] = "ADLSGen2";
    /** Redis */
    KnownConnectionCategory["Redis"] = "Redis";
    /** ApiKey */
    KnownConnectionCategory["ApiKey"] = "ApiKey";
    /** AzureOpenAI */
    KnownConnectionCategory["AzureOpenAI"] = "AzureOpenAI";
    /** AIServices */
    KnownConnectionCategory["AIServices"] = "AIServices";
    /** CognitiveSearch */
    KnownConnectionCategory["CognitiveSearch"] = "CognitiveSearch";
    /** CognitiveService */
    KnownConnectionCategory["CognitiveService"] = "CognitiveService";
    /** CustomKeys */
    KnownConnectionCategory["CustomKeys"] = "CustomKeys";
    /** AzureBlob */
    KnownConnectionCategory["AzureBlob"] = "AzureBlob";
    /** AzureOneLake */
    KnownConnectionCategory["AzureOneLake"] = "AzureOneLake";
    /** CosmosDb */
    KnownConnectionCategory["CosmosDb"] = "CosmosDb";
    /** CosmosDbMongoDbApi */
    KnownConnectionCategory["CosmosDbMongoDbApi"] = "CosmosDbMongoDbApi";
    /** AzureDataExplorer */
    KnownConnectionCategory["AzureDataExplorer"] = "AzureDataExplorer";
    /** AzureMariaDb */
    KnownConnectionCategory["AzureMariaDb"] = "AzureMariaDb";
    /** AzureDatabricksDeltaLake */
    KnownConnectionCategory["AzureDatabricksDeltaLake"] = "AzureDatabricksDeltaLake";
    /** AzureSqlMi */
    KnownConnectionCategory["AzureSqlMi"] = "AzureSqlMi";
    /** AzureTableStorage */
    KnownConnectionCategory["AzureTableStorage"] = "AzureTableStorage";
    /** AmazonRdsForOracle */
    KnownConnectionCategory["AmazonRdsForOracle"] = "AmazonRdsForOracle";
    /** AmazonRdsForSqlServer */
    KnownConnectionCategory["AmazonRdsForSqlServer"] = "AmazonRdsForSqlServer";
    /** AmazonRedshift */
    KnownConnectionCategory["AmazonRedshift"] = "AmazonRedshift";
    /** Db2 */
    KnownConnectionCategory["Db2"] = "Db2";
    /** Drill */
    KnownConnectionCategory["Drill"] = "Drill";
    /** GoogleBigQuery */
    KnownConnectionCategory["GoogleBigQuery"] = "GoogleBigQuery";
    /** Greenplum */
    KnownConnectionCategory["Greenplum"] = "Greenplum";
    /** Hbase */
    KnownConnectionCategory["Hbase"] = "Hbase";
    /** Hive */
    KnownConnectionCategory["Hive"] = "Hive";
    /** Impala */
    KnownConnectionCategory["Impala"] = "Impala";
    /** Informix */
    KnownConnectionCategory["Informix"] = "Informix";
    /** MariaDb */
    KnownConnectionCategory["MariaDb"] = "MariaDb";
    /** MicrosoftAccess */
    KnownConnectionCategory["MicrosoftAccess"] = "MicrosoftAccess";
    /** MySql */
    KnownConnectionCategory["MySql"] = "MySql";
    /** Netezza */
    KnownConnectionCategory["Netezza"] = "Netezza";
    /** Oracle */
    KnownConnectionCategory["Oracle"] = "Oracle";
    /** Phoenix */
    KnownConnectionCategory["Phoenix"] = "Phoenix";
    /** PostgreSql */
    KnownConnectionCategory["PostgreSql"] = "PostgreSql";
    /** Presto */
    KnownConnectionCategory["Presto"] = "Presto";
    /** SapOpenHub */
    KnownConnectionCategory["SapOpenHub"] = "SapOpenHub";
    /** SapBw */
    KnownConnectionCategory["SapBw"] = "SapBw";
    /** SapHana */
    KnownConnectionCategory["SapHana"] = "SapHana";
    /** SapTable */
    KnownConnectionCategory["SapTable"] = "SapTable";
    /** Spark */
    KnownConnectionCategory["Spark"] = "Spark";
    /** SqlServer */
    KnownConnectionCategory["SqlServer"] = "SqlServer";
    /** Sybase */
    KnownConnectionCategory["Sybase"] = "Sybase";
    /** Teradata */
    KnownConnectionCategory["Teradata"] = "Teradata";
    /** Vertica */
    KnownConnectionCategory["Vertica"] = "Vertica";
    /** Pinecone */
    KnownConnectionCategory["Pinecone"] = "Pinecone";
    /** Cassandra */
    KnownConnectionCategory["Cassandra"] = "Cassandra";
    /** Couchbase */
    KnownConnectionCategory["Couchbase"] = "Couchbase";
    /** MongoDbV2 */
    KnownConnectionCategory["MongoDbV2"] = "MongoDbV2";
    /** MongoDbAtlas */
    KnownConnectionCategory["MongoDbAtlas"] = "MongoDbAtlas";
    /** AmazonS3Compatible */
    KnownConnectionCategory["AmazonS3Compatible"] = "AmazonS3Compatible";
    /** FileServer */
    KnownConnectionCategory["FileServer"] = "FileServer";
    /** FtpServer */
    KnownConnectionCategory["FtpServer"] = "FtpServer";
    /** GoogleCloudStorage */
    KnownConnectionCategory["GoogleCloudStorage"] = "GoogleCloudStorage";
    /** Hdfs */
    KnownConnectionCategory["Hdfs"] = "Hdfs";
    /** OracleCloudStorage */
    KnownConnectionCategory["OracleCloudStorage"] = "OracleCloudStorage";
    /** Sftp */
    KnownConnectionCategory["Sftp"] = "Sftp";
    /** GenericHttp */
    KnownConnectionCategory["GenericHttp"] = "GenericHttp";
    /** ODataRest */
    KnownConnectionCategory["ODataRest"] = "ODataRest";
    /** Odbc */
    KnownConnectionCategory["Odbc"] = "Odbc";
    /** GenericRest */
    KnownConnectionCategory["GenericRest"] = "GenericRest";
    /** AmazonMws */
    KnownConnectionCategory["AmazonMws"] = "AmazonMws";
    /** Concur */
    KnownConnectionCategory["Concur"] = "Concur";
    /** Dynamics */
    KnownConnectionCategory["Dynamics"] = "Dynamics";
    /** DynamicsAx */
    KnownConnectionCategory["DynamicsAx"] = "DynamicsAx";
    /** DynamicsCrm */
    KnownConnectionCategory["DynamicsCrm"] = "DynamicsCrm";
    /** GoogleAdWords */
    KnownConnectionCategory["GoogleAdWords"] = "GoogleAdWords";
    /** Hubspot */
    KnownConnectionCategory["Hubspot"] = "Hubspot";
    /** Jira */
    KnownConnectionCategory["Jira"] = "Jira";
    /** Magento */
    KnownConnectionCategory["Magento"] = "Magento";
    /** Marketo */
    KnownConnectionCategory["Marketo"] = "Marketo";
    /** Office365 */
    KnownConnectionCategory["Office365"] = "Office365";
    /** Eloqua */
    KnownConnectionCategory["Eloqua"] = "Eloqua";
    /** Responsys */
    KnownConnectionCategory["Responsys"] = "Responsys";
    /** OracleServiceCloud */
    KnownConnectionCategory["OracleServiceCloud"] = "OracleServiceCloud";
    /** PayPal */
    KnownConnectionCategory["PayPal"] = "PayPal";
    /** QuickBooks */
    KnownConnectionCategory["QuickBooks"] = "QuickBooks";
    /** Salesforce */
    KnownConnectionCategory["Salesforce"] = "Salesforce";
    /** SalesforceServiceCloud */
    KnownConnectionCategory["SalesforceServiceCloud"] = "SalesforceServiceCloud";
    /** SalesforceMarketingCloud */
    KnownConnectionCategory["SalesforceMarketingCloud"] = "SalesforceMarketingCloud";
    /** SapCloudForCustomer */
    KnownConnectionCategory["SapCloudForCustomer"] = "SapCloudForCustomer";
    /** SapEcc */
    KnownConnectionCategory["SapEcc"] = "SapEcc";
    /** ServiceNow */
    KnownConnectionCategory["ServiceNow"] = "ServiceNow";
    /** SharePointOnlineList */
    KnownConnectionCategory["SharePointOnlineList"] = "SharePointOnlineList";
    /** Shopify */
    KnownConnectionCategory["Shopify"] = "Shopify";
    /** Square */
    KnownConnectionCategory["Square"] = "Square";
    /** WebTable */
    KnownConnectionCategory["WebTable"] = "WebTable";
    /** Xero */
    KnownConnectionCategory["Xero"] = "Xero";
    /** Zoho */
    KnownConnectionCategory["Zoho"] = "Zoho";
    /** GenericContainerRegistry */
    KnownConnectionCategory["GenericContainerRegistry"] = "GenericContainerRegistry";
    /** Elasticsearch */
    KnownConnectionCategory["Elasticsearch"] = "Elasticsearch";
    /** OpenAI */
    KnownConnectionCategory["OpenAI"] = "OpenAI";
    /** Serp */
    KnownConnectionCategory["Serp"] = "Serp";
    /** BingLLMSearch */
    KnownConnectionCategory["BingLLMSearch"] = "BingLLMSearch";
    /** Serverless */
    KnownConnectionCategory["Serverless"] = "Serverless";
    /** ManagedOnlineEndpoint */
    KnownConnectionCategory["ManagedOnlineEndpoint"] = "ManagedOnlineEndpoint";
    /** AzureStorageAccount */
    KnownConnectionCategory["AzureStorageAccount"] = "AzureStorageAccount";
})(KnownConnectionCategory || (KnownConnectionCategory = {}));
/** Known values of {@link ConnectionGroup} that the service accepts. */
var KnownConnectionGroup;
(function (KnownConnectionGroup) {
    /** Azure */
    KnownConnectionGroup["Azure"] = "Azure";
    /** AzureAI */
    KnownConnectionGroup["AzureAI"] = "AzureAI";
    /** Database */
    KnownConnectionGroup["Database"] = "Database";
    /** NoSQL */
    KnownConnectionGroup["NoSQL"] = "NoSQL";
    /** File */
    KnownConnectionGroup["File"] = "File";
    /** GenericProtocol */
    KnownConnectionGroup["GenericProtocol"] = "GenericProtocol";
    /** ServicesAndApps */
    KnownConnectionGroup["ServicesAndApps"] = "ServicesAndApps";
})(KnownConnectionGroup || (KnownConnectionGroup = {}));
/** Known values of {@link ManagedPERequirement} that the service accepts. */
var KnownManagedPERequirement;
(function (KnownManagedPERequirement) {
    /** Required */
    KnownManagedPERequirement["Required"] = "Required";
    /** NotRequired */
    KnownManagedPERequirement["NotRequired"] = "NotRequired";
    /** NotApplicable */
    KnownManagedPERequirement["NotApplicable"] = "NotApplicable";
})(KnownManagedPERequirement || (KnownManagedPERequirement = {}));
/** Known values of {@link ManagedPEStatus} that the service accepts. */
var KnownManagedPEStatus;
(function (KnownManagedPEStatus) {
    /** Inactive */
    KnownManagedPEStatus["Inactive"] = "Inactive";
    /** Active */
    KnownManagedPEStatus["Active"] = "Active";
    /** NotApplicable */
    KnownManagedPEStatus["NotApplicable"] = "NotApplicable";
})(KnownManagedPEStatus || (KnownManagedPEStatus = {}));
/** Known values of {@link CapabilityHostKind} that the service accepts. */
var KnownCapabilityHostKind;
(function (KnownCapabilityHostKind) {
    /** Agents */
    KnownCapabilityHostKind["Agents"] = "Agents";
})(KnownCapabilityHostKind || (KnownCapabilityHostKind = {}));
/** Known values of {@link CapabilityHostProvisioningState} that the service accepts. */
var KnownCapabilityHostProvisioningState;
(function (KnownCapabilityHostProvisioningState) {
    /** Succeeded */
    KnownCapabilityHostProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownCapabilityHostProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownCapabilityHostProvisioningState["Canceled"] = "Canceled";
    /** Creating */
    KnownCapabilityHostProvisioningState["Creating"] = "Creating";
    /** Updating */
    KnownCapabilityHostProvisioningState["Updating"] = "Updating";
    /** Deleting */
    KnownCapabilityHostProvisioningState["Deleting"] = "Deleting";
})(KnownCapabilityHostProvisioningState || (KnownCapabilityHostProvisioningState = {}));
/** Known values of {@link TierUpgradePolicy} that the service accepts. */
var KnownTierUpgradePolicy;
(function (KnownTierUpgradePolicy) {
    /** OnceUpgradeIsAvailable */
    KnownTierUpgradePolicy["OnceUpgradeIsAvailable"] = "OnceUpgradeIsAvailable";
    /** NoAutoUpgrade */
    KnownTierUpgradePolicy["NoAutoUpgrade"] = "NoAutoUpgrade";
})(KnownTierUpgradePolicy || (KnownTierUpgradePolicy = {}));
/** Known values of {@link UpgradeAvailabilityStatus} that the service accepts. */
var KnownUpgradeAvailabilityStatus;
(function (KnownUpgradeAvailabilityStatus) {
    /** Available */
    KnownUpgradeAvailabilityStatus["Available"] = "Available";
    /** NotAvailable */
    KnownUpgradeAvailabilityStatus["NotAvailable"] = "NotAvailable";
})(KnownUpgradeAvailabilityStatus || (KnownUpgradeAvailabilityStatus = {}));
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ../../node_modules/@azure/core-client/dist/esm/index.js + 16 modules
var esm = __webpack_require__(9198);
// EXTERNAL MODULE: ../../node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 41 modules
var dist_esm = __webpack_require__(6878);
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/models/mappers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const Sku = {
    type: {
        name: "Composite",
        className: "Sku",
        modelProperties: {
            name: {
                serializedName: "name",
                required: true,
                type: {
                    name: "String",
                },
            },
            tier: {
                serializedName: "tier",
                type: {
                    name: "String",
                },
            },
            size: {
                serializedName: "size",
                type: {
                    name: "String",
                },
            },
            family: {
                serializedName: "family",
                type: {
                    name: "String",
                },
            },
            capacity: {
                serializedName: "capacity",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const Identity = {
    type: {
        name: "Composite",
        className: "Identity",
        modelProperties: {
            type: {
                serializedName: "type",
                type: {
                    name: "Enum",
                    allowedValues: ["None", "SystemAssigned", "UserAssigned", "SystemAssigned, UserAssigned"],
                },
            },
            tenantId: {
                serializedName: "tenantId",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            principalId: {
                serializedName: "principalId",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            userAssignedIdentities: {
                serializedName: "userAssignedIdentities",
                type: {
                    name: "Dictionary",
                    value: {
                        type: { name: "Composite", className: "UserAssignedIdentity" },
                    },
                },
            },
        },
    },
};
const UserAssignedIdentity = {
    type: {
        name: "Composite",
        className: "UserAssignedIdentity",
        modelProperties: {
            principalId: {
                serializedName: "principalId",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            clientId: {
                serializedName: "clientId",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const AccountProperties = {
    type: {
        name: "Composite",
        className: "AccountProperties",
        modelProperties: {
            provisioningState: {
                serializedName: "provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            endpoint: {
                serializedName: "endpoint",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            internalId: {
                serializedName: "internalId",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            capabilities: {
                serializedName: "capabilities",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "SkuCapability",
                        },
                    },
                },
            },
            isMigrated: {
                serializedName: "isMigrated",
                readOnly: true,
                type: {
                    name: "Boolean",
                },
            },
            migrationToken: {
                serializedName: "migrationToken",
                type: {
                    name: "String",
                },
            },
            skuChangeInfo: {
                serializedName: "skuChangeInfo",
                type: {
                    name: "Composite",
                    className: "SkuChangeInfo",
                },
            },
            customSubDomainName: {
                serializedName: "customSubDomainName",
                type: {
                    name: "String",
                },
            },
            networkAcls: {
                serializedName: "networkAcls",
                type: {
                    name: "Composite",
                    className: "NetworkRuleSet",
                },
            },
            encryption: {
                serializedName: "encryption",
                type: {
                    name: "Composite",
                    className: "Encryption",
                },
            },
            userOwnedStorage: {
                serializedName: "userOwnedStorage",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "UserOwnedStorage",
                        },
                    },
                },
            },
            amlWorkspace: {
                serializedName: "amlWorkspace",
                type: {
                    name: "Composite",
                    className: "UserOwnedAmlWorkspace",
                },
            },
            privateEndpointConnections: {
                serializedName: "privateEndpointConnections",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "PrivateEndpointConnection",
                        },
                    },
                },
            },
            publicNetworkAccess: {
                serializedName: "publicNetworkAccess",
                type: {
                    name: "String",
                },
            },
            apiProperties: {
                serializedName: "apiProperties",
                type: {
                    name: "Composite",
                    className: "ApiProperties",
                },
            },
            dateCreated: {
                serializedName: "dateCreated",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            callRateLimit: {
                serializedName: "callRateLimit",
                type: {
                    name: "Composite",
                    className: "CallRateLimit",
                },
            },
            dynamicThrottlingEnabled: {
                serializedName: "dynamicThrottlingEnabled",
                type: {
                    name: "Boolean",
                },
            },
            storedCompletionsDisabled: {
                serializedName: "storedCompletionsDisabled",
                type: {
                    name: "Boolean",
                },
            },
            quotaLimit: {
                serializedName: "quotaLimit",
                type: {
                    name: "Composite",
                    className: "QuotaLimit",
                },
            },
            restrictOutboundNetworkAccess: {
                serializedName: "restrictOutboundNetworkAccess",
                type: {
                    name: "Boolean",
                },
            },
            allowedFqdnList: {
                serializedName: "allowedFqdnList",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            disableLocalAuth: {
                serializedName: "disableLocalAuth",
                type: {
                    name: "Boolean",
                },
            },
            endpoints: {
                serializedName: "endpoints",
                readOnly: true,
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            restore: {
                serializedName: "restore",
                type: {
                    name: "Boolean",
                },
            },
            deletionDate: {
                serializedName: "deletionDate",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            scheduledPurgeDate: {
                serializedName: "scheduledPurgeDate",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            locations: {
                serializedName: "locations",
                type: {
                    name: "Composite",
                    className: "MultiRegionSettings",
                },
            },
            commitmentPlanAssociations: {
                serializedName: "commitmentPlanAssociations",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "CommitmentPlanAssociation",
                        },
                    },
                },
            },
            abusePenalty: {
                serializedName: "abusePenalty",
                type: {
                    name: "Composite",
                    className: "AbusePenalty",
                },
            },
            raiMonitorConfig: {
                serializedName: "raiMonitorConfig",
                type: {
                    name: "Composite",
                    className: "RaiMonitorConfig",
                },
            },
            networkInjections: {
                serializedName: "networkInjections",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "NetworkInjection",
                        },
                    },
                },
            },
            allowProjectManagement: {
                serializedName: "allowProjectManagement",
                type: {
                    name: "Boolean",
                },
            },
            defaultProject: {
                serializedName: "defaultProject",
                type: {
                    name: "String",
                },
            },
            associatedProjects: {
                serializedName: "associatedProjects",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
        },
    },
};
const SkuCapability = {
    type: {
        name: "Composite",
        className: "SkuCapability",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const SkuChangeInfo = {
    type: {
        name: "Composite",
        className: "SkuChangeInfo",
        modelProperties: {
            countOfDowngrades: {
                serializedName: "countOfDowngrades",
                type: {
                    name: "Number",
                },
            },
            countOfUpgradesAfterDowngrades: {
                serializedName: "countOfUpgradesAfterDowngrades",
                type: {
                    name: "Number",
                },
            },
            lastChangeDate: {
                serializedName: "lastChangeDate",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const NetworkRuleSet = {
    type: {
        name: "Composite",
        className: "NetworkRuleSet",
        modelProperties: {
            defaultAction: {
                serializedName: "defaultAction",
                type: {
                    name: "String",
                },
            },
            bypass: {
                serializedName: "bypass",
                type: {
                    name: "String",
                },
            },
            ipRules: {
                serializedName: "ipRules",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "IpRule",
                        },
                    },
                },
            },
            virtualNetworkRules: {
                serializedName: "virtualNetworkRules",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "VirtualNetworkRule",
                        },
                    },
                },
            },
        },
    },
};
const IpRule = {
    type: {
        name: "Composite",
        className: "IpRule",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const VirtualNetworkRule = {
    type: {
        name: "Composite",
        className: "VirtualNetworkRule",
        modelProperties: {
            id: {
                serializedName: "id",
                required: true,
                type: {
                    name: "String",
                },
            },
            state: {
                serializedName: "state",
                type: {
                    name: "String",
                },
            },
            ignoreMissingVnetServiceEndpoint: {
                serializedName: "ignoreMissingVnetServiceEndpoint",
                type: {
                    name: "Boolean",
                },
            },
        },
    },
};
const Encryption = {
    type: {
        name: "Composite",
        className: "Encryption",
        modelProperties: {
            keyVaultProperties: {
                serializedName: "keyVaultProperties",
                type: {
                    name: "Composite",
                    className: "KeyVaultProperties",
                },
            },
            keySource: {
                defaultValue: "Microsoft.KeyVault",
                serializedName: "keySource",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const KeyVaultProperties = {
    type: {
        name: "Composite",
        className: "KeyVaultProperties",
        modelProperties: {
            keyName: {
                serializedName: "keyName",
                type: {
                    name: "String",
                },
            },
            keyVersion: {
                serializedName: "keyVersion",
                type: {
                    name: "String",
                },
            },
            keyVaultUri: {
                serializedName: "keyVaultUri",
                type: {
                    name: "String",
                },
            },
            identityClientId: {
                serializedName: "identityClientId",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const UserOwnedStorage = {
    type: {
        name: "Composite",
        className: "UserOwnedStorage",
        modelProperties: {
            resourceId: {
                serializedName: "resourceId",
                type: {
                    name: "String",
                },
            },
            identityClientId: {
                serializedName: "identityClientId",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const UserOwnedAmlWorkspace = {
    type: {
        name: "Composite",
        className: "UserOwnedAmlWorkspace",
        modelProperties: {
            resourceId: {
                serializedName: "resourceId",
                type: {
                    name: "String",
                },
            },
            identityClientId: {
                serializedName: "identityClientId",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const PrivateEndpointConnectionProperties = {
    type: {
        name: "Composite",
        className: "PrivateEndpointConnectionProperties",
        modelProperties: {
            privateEndpoint: {
                serializedName: "privateEndpoint",
                type: {
                    name: "Composite",
                    className: "PrivateEndpoint",
                },
            },
            privateLinkServiceConnectionState: {
                serializedName: "privateLinkServiceConnectionState",
                type: {
                    name: "Composite",
                    className: "PrivateLinkServiceConnectionState",
                },
            },
            provisioningState: {
                serializedName: "provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            groupIds: {
                serializedName: "groupIds",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
        },
    },
};
const PrivateEndpoint = {
    type: {
        name: "Composite",
        className: "PrivateEndpoint",
        modelProperties: {
            id: {
                serializedName: "id",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const PrivateLinkServiceConnectionState = {
    type: {
        name: "Composite",
        className: "PrivateLinkServiceConnectionState",
        modelProperties: {
            status: {
                serializedName: "status",
                type: {
                    name: "String",
                },
            },
            description: {
                serializedName: "description",
                type: {
                    name: "String",
                },
            },
            actionsRequired: {
                serializedName: "actionsRequired",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const Resource = {
    type: {
        name: "Composite",
        className: "Resource",
        modelProperties: {
            id: {
                serializedName: "id",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            name: {
                serializedName: "name",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            type: {
                serializedName: "type",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            systemData: {
                serializedName: "systemData",
                type: {
                    name: "Composite",
                    className: "SystemData",
                },
            },
        },
    },
};
const SystemData = {
    type: {
        name: "Composite",
        className: "SystemData",
        modelProperties: {
            createdBy: {
                serializedName: "createdBy",
                type: {
                    name: "String",
                },
            },
            createdByType: {
                serializedName: "createdByType",
                type: {
                    name: "String",
                },
            },
            createdAt: {
                serializedName: "createdAt",
                type: {
                    name: "DateTime",
                },
            },
            lastModifiedBy: {
                serializedName: "lastModifiedBy",
                type: {
                    name: "String",
                },
            },
            lastModifiedByType: {
                serializedName: "lastModifiedByType",
                type: {
                    name: "String",
                },
            },
            lastModifiedAt: {
                serializedName: "lastModifiedAt",
                type: {
                    name: "DateTime",
                },
            },
        },
    },
};
const ApiProperties = {
    type: {
        name: "Composite",
        className: "ApiProperties",
        additionalProperties: { type: { name: "Object" } },
        modelProperties: {
            qnaRuntimeEndpoint: {
                serializedName: "qnaRuntimeEndpoint",
                type: {
                    name: "String",
                },
            },
            qnaAzureSearchEndpointKey: {
                serializedName: "qnaAzureSearchEndpointKey",
                type: {
                    name: "String",
                },
            },
            qnaAzureSearchEndpointId: {
                serializedName: "qnaAzureSearchEndpointId",
                type: {
                    name: "String",
                },
            },
            statisticsEnabled: {
                serializedName: "statisticsEnabled",
                type: {
                    name: "Boolean",
                },
            },
            eventHubConnectionString: {
                constraints: {
                    Pattern: new RegExp("^( *)Endpoint=sb:\\/\\/(.*);( *)SharedAccessKeyName=(.*);( *)SharedAccessKey=(.*)$"),
                    MaxLength: 1000,
                },
                serializedName: "eventHubConnectionString",
                type: {
                    name: "String",
                },
            },
            storageAccountConnectionString: {
                constraints: {
                    Pattern: new RegExp("^(( *)DefaultEndpointsProtocol=(http|https)( *);( *))?AccountName=(.*)AccountKey=(.*)EndpointSuffix=(.*)$"),
                    MaxLength: 1000,
                },
                serializedName: "storageAccountConnectionString",
                type: {
                    name: "String",
                },
            },
            aadClientId: {
                constraints: {
                    MaxLength: 500,
                },
                serializedName: "aadClientId",
                type: {
                    name: "String",
                },
            },
            aadTenantId: {
                constraints: {
                    MaxLength: 500,
                },
                serializedName: "aadTenantId",
                type: {
                    name: "String",
                },
            },
            superUser: {
                constraints: {
                    MaxLength: 500,
                },
                serializedName: "superUser",
                type: {
                    name: "String",
                },
            },
            websiteName: {
                constraints: {
                    MaxLength: 500,
                },
                serializedName: "websiteName",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CallRateLimit = {
    type: {
        name: "Composite",
        className: "CallRateLimit",
        modelProperties: {
            count: {
                serializedName: "count",
                type: {
                    name: "Number",
                },
            },
            renewalPeriod: {
                serializedName: "renewalPeriod",
                type: {
                    name: "Number",
                },
            },
            rules: {
                serializedName: "rules",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ThrottlingRule",
                        },
                    },
                },
            },
        },
    },
};
const ThrottlingRule = {
    type: {
        name: "Composite",
        className: "ThrottlingRule",
        modelProperties: {
            key: {
                serializedName: "key",
                type: {
                    name: "String",
                },
            },
            renewalPeriod: {
                serializedName: "renewalPeriod",
                type: {
                    name: "Number",
                },
            },
            count: {
                serializedName: "count",
                type: {
                    name: "Number",
                },
            },
            minCount: {
                serializedName: "minCount",
                type: {
                    name: "Number",
                },
            },
            dynamicThrottlingEnabled: {
                serializedName: "dynamicThrottlingEnabled",
                type: {
                    name: "Boolean",
                },
            },
            matchPatterns: {
                serializedName: "matchPatterns",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "RequestMatchPattern",
                        },
                    },
                },
            },
        },
    },
};
const RequestMatchPattern = {
    type: {
        name: "Composite",
        className: "RequestMatchPattern",
        modelProperties: {
            path: {
                serializedName: "path",
                type: {
                    name: "String",
                },
            },
            method: {
                serializedName: "method",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const QuotaLimit = {
    type: {
        name: "Composite",
        className: "QuotaLimit",
        modelProperties: {
            count: {
                serializedName: "count",
                type: {
                    name: "Number",
                },
            },
            renewalPeriod: {
                serializedName: "renewalPeriod",
                type: {
                    name: "Number",
                },
            },
            rules: {
                serializedName: "rules",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ThrottlingRule",
                        },
                    },
                },
            },
        },
    },
};
const MultiRegionSettings = {
    type: {
        name: "Composite",
        className: "MultiRegionSettings",
        modelProperties: {
            routingMethod: {
                serializedName: "routingMethod",
                type: {
                    name: "String",
                },
            },
            regions: {
                serializedName: "regions",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "RegionSetting",
                        },
                    },
                },
            },
        },
    },
};
const RegionSetting = {
    type: {
        name: "Composite",
        className: "RegionSetting",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "Number",
                },
            },
            customsubdomain: {
                serializedName: "customsubdomain",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CommitmentPlanAssociation = {
    type: {
        name: "Composite",
        className: "CommitmentPlanAssociation",
        modelProperties: {
            commitmentPlanId: {
                serializedName: "commitmentPlanId",
                type: {
                    name: "String",
                },
            },
            commitmentPlanLocation: {
                serializedName: "commitmentPlanLocation",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const AbusePenalty = {
    type: {
        name: "Composite",
        className: "AbusePenalty",
        modelProperties: {
            action: {
                serializedName: "action",
                type: {
                    name: "String",
                },
            },
            rateLimitPercentage: {
                serializedName: "rateLimitPercentage",
                type: {
                    name: "Number",
                },
            },
            expiration: {
                serializedName: "expiration",
                type: {
                    name: "DateTime",
                },
            },
        },
    },
};
const RaiMonitorConfig = {
    type: {
        name: "Composite",
        className: "RaiMonitorConfig",
        modelProperties: {
            adxStorageResourceId: {
                serializedName: "adxStorageResourceId",
                type: {
                    name: "String",
                },
            },
            identityClientId: {
                serializedName: "identityClientId",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const NetworkInjection = {
    type: {
        name: "Composite",
        className: "NetworkInjection",
        modelProperties: {
            scenario: {
                serializedName: "scenario",
                type: {
                    name: "String",
                },
            },
            subnetArmId: {
                serializedName: "subnetArmId",
                type: {
                    name: "String",
                },
            },
            useMicrosoftManagedNetwork: {
                serializedName: "useMicrosoftManagedNetwork",
                type: {
                    name: "Boolean",
                },
            },
        },
    },
};
const ErrorResponse = {
    type: {
        name: "Composite",
        className: "ErrorResponse",
        modelProperties: {
            error: {
                serializedName: "error",
                type: {
                    name: "Composite",
                    className: "ErrorDetail",
                },
            },
        },
    },
};
const ErrorDetail = {
    type: {
        name: "Composite",
        className: "ErrorDetail",
        modelProperties: {
            code: {
                serializedName: "code",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            message: {
                serializedName: "message",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            target: {
                serializedName: "target",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            details: {
                serializedName: "details",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ErrorDetail",
                        },
                    },
                },
            },
            additionalInfo: {
                serializedName: "additionalInfo",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ErrorAdditionalInfo",
                        },
                    },
                },
            },
        },
    },
};
const ErrorAdditionalInfo = {
    type: {
        name: "Composite",
        className: "ErrorAdditionalInfo",
        modelProperties: {
            type: {
                serializedName: "type",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            info: {
                serializedName: "info",
                readOnly: true,
                type: {
                    name: "Dictionary",
                    value: { type: { name: "any" } },
                },
            },
        },
    },
};
const AccountListResult = {
    type: {
        name: "Composite",
        className: "AccountListResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Account",
                        },
                    },
                },
            },
        },
    },
};
const ApiKeys = {
    type: {
        name: "Composite",
        className: "ApiKeys",
        modelProperties: {
            key1: {
                serializedName: "key1",
                type: {
                    name: "String",
                },
            },
            key2: {
                serializedName: "key2",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const RegenerateKeyParameters = {
    type: {
        name: "Composite",
        className: "RegenerateKeyParameters",
        modelProperties: {
            keyName: {
                serializedName: "keyName",
                required: true,
                type: {
                    name: "Enum",
                    allowedValues: ["Key1", "Key2"],
                },
            },
        },
    },
};
const ResourceSkuListResult = {
    type: {
        name: "Composite",
        className: "ResourceSkuListResult",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ResourceSku",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ResourceSku = {
    type: {
        name: "Composite",
        className: "ResourceSku",
        modelProperties: {
            resourceType: {
                serializedName: "resourceType",
                type: {
                    name: "String",
                },
            },
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            tier: {
                serializedName: "tier",
                type: {
                    name: "String",
                },
            },
            kind: {
                serializedName: "kind",
                type: {
                    name: "String",
                },
            },
            locations: {
                serializedName: "locations",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            restrictions: {
                serializedName: "restrictions",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ResourceSkuRestrictions",
                        },
                    },
                },
            },
        },
    },
};
const ResourceSkuRestrictions = {
    type: {
        name: "Composite",
        className: "ResourceSkuRestrictions",
        modelProperties: {
            type: {
                serializedName: "type",
                type: {
                    name: "Enum",
                    allowedValues: ["Location", "Zone"],
                },
            },
            values: {
                serializedName: "values",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            restrictionInfo: {
                serializedName: "restrictionInfo",
                type: {
                    name: "Composite",
                    className: "ResourceSkuRestrictionInfo",
                },
            },
            reasonCode: {
                serializedName: "reasonCode",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ResourceSkuRestrictionInfo = {
    type: {
        name: "Composite",
        className: "ResourceSkuRestrictionInfo",
        modelProperties: {
            locations: {
                serializedName: "locations",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            zones: {
                serializedName: "zones",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
        },
    },
};
const AccountSkuListResult = {
    type: {
        name: "Composite",
        className: "AccountSkuListResult",
        modelProperties: {
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "AccountSku",
                        },
                    },
                },
            },
        },
    },
};
const AccountSku = {
    type: {
        name: "Composite",
        className: "AccountSku",
        modelProperties: {
            resourceType: {
                serializedName: "resourceType",
                type: {
                    name: "String",
                },
            },
            sku: {
                serializedName: "sku",
                type: {
                    name: "Composite",
                    className: "Sku",
                },
            },
        },
    },
};
const UsageListResult = {
    type: {
        name: "Composite",
        className: "UsageListResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Usage",
                        },
                    },
                },
            },
        },
    },
};
const Usage = {
    type: {
        name: "Composite",
        className: "Usage",
        modelProperties: {
            unit: {
                serializedName: "unit",
                type: {
                    name: "String",
                },
            },
            name: {
                serializedName: "name",
                type: {
                    name: "Composite",
                    className: "MetricName",
                },
            },
            quotaPeriod: {
                serializedName: "quotaPeriod",
                type: {
                    name: "String",
                },
            },
            limit: {
                serializedName: "limit",
                type: {
                    name: "Number",
                },
            },
            currentValue: {
                serializedName: "currentValue",
                type: {
                    name: "Number",
                },
            },
            nextResetTime: {
                serializedName: "nextResetTime",
                type: {
                    name: "String",
                },
            },
            status: {
                serializedName: "status",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const MetricName = {
    type: {
        name: "Composite",
        className: "MetricName",
        modelProperties: {
            value: {
                serializedName: "value",
                type: {
                    name: "String",
                },
            },
            localizedValue: {
                serializedName: "localizedValue",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const AccountModelListResult = {
    type: {
        name: "Composite",
        className: "AccountModelListResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "AccountModel",
                        },
                    },
                },
            },
        },
    },
};
const DeploymentModel = {
    type: {
        name: "Composite",
        className: "DeploymentModel",
        modelProperties: {
            publisher: {
                serializedName: "publisher",
                type: {
                    name: "String",
                },
            },
            format: {
                serializedName: "format",
                type: {
                    name: "String",
                },
            },
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            version: {
                serializedName: "version",
                type: {
                    name: "String",
                },
            },
            source: {
                serializedName: "source",
                type: {
                    name: "String",
                },
            },
            sourceAccount: {
                serializedName: "sourceAccount",
                type: {
                    name: "String",
                },
            },
            callRateLimit: {
                serializedName: "callRateLimit",
                type: {
                    name: "Composite",
                    className: "CallRateLimit",
                },
            },
        },
    },
};
const ModelSku = {
    type: {
        name: "Composite",
        className: "ModelSku",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            usageName: {
                serializedName: "usageName",
                type: {
                    name: "String",
                },
            },
            deprecationDate: {
                serializedName: "deprecationDate",
                type: {
                    name: "DateTime",
                },
            },
            capacity: {
                serializedName: "capacity",
                type: {
                    name: "Composite",
                    className: "CapacityConfig",
                },
            },
            rateLimits: {
                serializedName: "rateLimits",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "CallRateLimit",
                        },
                    },
                },
            },
            cost: {
                serializedName: "cost",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "BillingMeterInfo",
                        },
                    },
                },
            },
        },
    },
};
const CapacityConfig = {
    type: {
        name: "Composite",
        className: "CapacityConfig",
        modelProperties: {
            minimum: {
                serializedName: "minimum",
                type: {
                    name: "Number",
                },
            },
            maximum: {
                serializedName: "maximum",
                type: {
                    name: "Number",
                },
            },
            step: {
                serializedName: "step",
                type: {
                    name: "Number",
                },
            },
            default: {
                serializedName: "default",
                type: {
                    name: "Number",
                },
            },
            allowedValues: {
                serializedName: "allowedValues",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Number",
                        },
                    },
                },
            },
        },
    },
};
const BillingMeterInfo = {
    type: {
        name: "Composite",
        className: "BillingMeterInfo",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            meterId: {
                serializedName: "meterId",
                type: {
                    name: "String",
                },
            },
            unit: {
                serializedName: "unit",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ModelDeprecationInfo = {
    type: {
        name: "Composite",
        className: "ModelDeprecationInfo",
        modelProperties: {
            fineTune: {
                serializedName: "fineTune",
                type: {
                    name: "String",
                },
            },
            inference: {
                serializedName: "inference",
                type: {
                    name: "String",
                },
            },
            deprecationStatus: {
                serializedName: "deprecationStatus",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ReplacementConfig = {
    type: {
        name: "Composite",
        className: "ReplacementConfig",
        modelProperties: {
            targetModelName: {
                serializedName: "targetModelName",
                type: {
                    name: "String",
                },
            },
            targetModelVersion: {
                serializedName: "targetModelVersion",
                type: {
                    name: "String",
                },
            },
            autoUpgradeStartDate: {
                serializedName: "autoUpgradeStartDate",
                type: {
                    name: "DateTime",
                },
            },
            upgradeOnExpiryLeadTimeDays: {
                serializedName: "upgradeOnExpiryLeadTimeDays",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const OperationListResult = {
    type: {
        name: "Composite",
        className: "OperationListResult",
        modelProperties: {
            value: {
                serializedName: "value",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Operation",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const Operation = {
    type: {
        name: "Composite",
        className: "Operation",
        modelProperties: {
            name: {
                serializedName: "name",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            isDataAction: {
                serializedName: "isDataAction",
                readOnly: true,
                type: {
                    name: "Boolean",
                },
            },
            display: {
                serializedName: "display",
                type: {
                    name: "Composite",
                    className: "OperationDisplay",
                },
            },
            origin: {
                serializedName: "origin",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            actionType: {
                serializedName: "actionType",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const OperationDisplay = {
    type: {
        name: "Composite",
        className: "OperationDisplay",
        modelProperties: {
            provider: {
                serializedName: "provider",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            resource: {
                serializedName: "resource",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            operation: {
                serializedName: "operation",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            description: {
                serializedName: "description",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CheckSkuAvailabilityParameter = {
    type: {
        name: "Composite",
        className: "CheckSkuAvailabilityParameter",
        modelProperties: {
            skus: {
                serializedName: "skus",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            kind: {
                serializedName: "kind",
                required: true,
                type: {
                    name: "String",
                },
            },
            typeParam: {
                serializedName: "type",
                required: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const SkuAvailabilityListResult = {
    type: {
        name: "Composite",
        className: "SkuAvailabilityListResult",
        modelProperties: {
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "SkuAvailability",
                        },
                    },
                },
            },
        },
    },
};
const SkuAvailability = {
    type: {
        name: "Composite",
        className: "SkuAvailability",
        modelProperties: {
            kind: {
                serializedName: "kind",
                type: {
                    name: "String",
                },
            },
            type: {
                serializedName: "type",
                type: {
                    name: "String",
                },
            },
            skuName: {
                serializedName: "skuName",
                type: {
                    name: "String",
                },
            },
            skuAvailable: {
                serializedName: "skuAvailable",
                type: {
                    name: "Boolean",
                },
            },
            reason: {
                serializedName: "reason",
                type: {
                    name: "String",
                },
            },
            message: {
                serializedName: "message",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CommitmentTierListResult = {
    type: {
        name: "Composite",
        className: "CommitmentTierListResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "CommitmentTier",
                        },
                    },
                },
            },
        },
    },
};
const CommitmentTier = {
    type: {
        name: "Composite",
        className: "CommitmentTier",
        modelProperties: {
            kind: {
                serializedName: "kind",
                type: {
                    name: "String",
                },
            },
            skuName: {
                serializedName: "skuName",
                type: {
                    name: "String",
                },
            },
            hostingModel: {
                serializedName: "hostingModel",
                type: {
                    name: "String",
                },
            },
            planType: {
                serializedName: "planType",
                type: {
                    name: "String",
                },
            },
            tier: {
                serializedName: "tier",
                type: {
                    name: "String",
                },
            },
            maxCount: {
                serializedName: "maxCount",
                type: {
                    name: "Number",
                },
            },
            quota: {
                serializedName: "quota",
                type: {
                    name: "Composite",
                    className: "CommitmentQuota",
                },
            },
            cost: {
                serializedName: "cost",
                type: {
                    name: "Composite",
                    className: "CommitmentCost",
                },
            },
        },
    },
};
const CommitmentQuota = {
    type: {
        name: "Composite",
        className: "CommitmentQuota",
        modelProperties: {
            quantity: {
                serializedName: "quantity",
                type: {
                    name: "Number",
                },
            },
            unit: {
                serializedName: "unit",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CommitmentCost = {
    type: {
        name: "Composite",
        className: "CommitmentCost",
        modelProperties: {
            commitmentMeterId: {
                serializedName: "commitmentMeterId",
                type: {
                    name: "String",
                },
            },
            overageMeterId: {
                serializedName: "overageMeterId",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ModelListResult = {
    type: {
        name: "Composite",
        className: "ModelListResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Model",
                        },
                    },
                },
            },
        },
    },
};
const Model = {
    type: {
        name: "Composite",
        className: "Model",
        modelProperties: {
            model: {
                serializedName: "model",
                type: {
                    name: "Composite",
                    className: "AccountModel",
                },
            },
            kind: {
                serializedName: "kind",
                type: {
                    name: "String",
                },
            },
            skuName: {
                serializedName: "skuName",
                type: {
                    name: "String",
                },
            },
            description: {
                serializedName: "description",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ModelCapacityListResult = {
    type: {
        name: "Composite",
        className: "ModelCapacityListResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ModelCapacityListResultValueItem",
                        },
                    },
                },
            },
        },
    },
};
const ModelSkuCapacityProperties = {
    type: {
        name: "Composite",
        className: "ModelSkuCapacityProperties",
        modelProperties: {
            model: {
                serializedName: "model",
                type: {
                    name: "Composite",
                    className: "DeploymentModel",
                },
            },
            skuName: {
                serializedName: "skuName",
                type: {
                    name: "String",
                },
            },
            availableCapacity: {
                serializedName: "availableCapacity",
                type: {
                    name: "Number",
                },
            },
            availableFinetuneCapacity: {
                serializedName: "availableFinetuneCapacity",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const CheckDomainAvailabilityParameter = {
    type: {
        name: "Composite",
        className: "CheckDomainAvailabilityParameter",
        modelProperties: {
            subdomainName: {
                serializedName: "subdomainName",
                required: true,
                type: {
                    name: "String",
                },
            },
            typeParam: {
                serializedName: "type",
                required: true,
                type: {
                    name: "String",
                },
            },
            kind: {
                serializedName: "kind",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const DomainAvailability = {
    type: {
        name: "Composite",
        className: "DomainAvailability",
        modelProperties: {
            isSubdomainAvailable: {
                serializedName: "isSubdomainAvailable",
                type: {
                    name: "Boolean",
                },
            },
            reason: {
                serializedName: "reason",
                type: {
                    name: "String",
                },
            },
            subdomainName: {
                serializedName: "subdomainName",
                type: {
                    name: "String",
                },
            },
            type: {
                serializedName: "type",
                type: {
                    name: "String",
                },
            },
            kind: {
                serializedName: "kind",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CalculateModelCapacityParameter = {
    type: {
        name: "Composite",
        className: "CalculateModelCapacityParameter",
        modelProperties: {
            model: {
                serializedName: "model",
                type: {
                    name: "Composite",
                    className: "DeploymentModel",
                },
            },
            skuName: {
                serializedName: "skuName",
                type: {
                    name: "String",
                },
            },
            workloads: {
                serializedName: "workloads",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ModelCapacityCalculatorWorkload",
                        },
                    },
                },
            },
        },
    },
};
const ModelCapacityCalculatorWorkload = {
    type: {
        name: "Composite",
        className: "ModelCapacityCalculatorWorkload",
        modelProperties: {
            requestPerMinute: {
                serializedName: "requestPerMinute",
                type: {
                    name: "Number",
                },
            },
            requestParameters: {
                serializedName: "requestParameters",
                type: {
                    name: "Composite",
                    className: "ModelCapacityCalculatorWorkloadRequestParam",
                },
            },
        },
    },
};
const ModelCapacityCalculatorWorkloadRequestParam = {
    type: {
        name: "Composite",
        className: "ModelCapacityCalculatorWorkloadRequestParam",
        modelProperties: {
            avgPromptTokens: {
                serializedName: "avgPromptTokens",
                type: {
                    name: "Number",
                },
            },
            avgGeneratedTokens: {
                serializedName: "avgGeneratedTokens",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const CalculateModelCapacityResult = {
    type: {
        name: "Composite",
        className: "CalculateModelCapacityResult",
        modelProperties: {
            model: {
                serializedName: "model",
                type: {
                    name: "Composite",
                    className: "DeploymentModel",
                },
            },
            skuName: {
                serializedName: "skuName",
                type: {
                    name: "String",
                },
            },
            estimatedCapacity: {
                serializedName: "estimatedCapacity",
                type: {
                    name: "Composite",
                    className: "CalculateModelCapacityResultEstimatedCapacity",
                },
            },
        },
    },
};
const CalculateModelCapacityResultEstimatedCapacity = {
    type: {
        name: "Composite",
        className: "CalculateModelCapacityResultEstimatedCapacity",
        modelProperties: {
            value: {
                serializedName: "value",
                type: {
                    name: "Number",
                },
            },
            deployableValue: {
                serializedName: "deployableValue",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const PrivateEndpointConnectionListResult = {
    type: {
        name: "Composite",
        className: "PrivateEndpointConnectionListResult",
        modelProperties: {
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "PrivateEndpointConnection",
                        },
                    },
                },
            },
        },
    },
};
const PrivateLinkResourceListResult = {
    type: {
        name: "Composite",
        className: "PrivateLinkResourceListResult",
        modelProperties: {
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "PrivateLinkResource",
                        },
                    },
                },
            },
        },
    },
};
const PrivateLinkResourceProperties = {
    type: {
        name: "Composite",
        className: "PrivateLinkResourceProperties",
        modelProperties: {
            groupId: {
                serializedName: "groupId",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            requiredMembers: {
                serializedName: "requiredMembers",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            requiredZoneNames: {
                serializedName: "requiredZoneNames",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            displayName: {
                serializedName: "displayName",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const DeploymentListResult = {
    type: {
        name: "Composite",
        className: "DeploymentListResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Deployment",
                        },
                    },
                },
            },
        },
    },
};
const DeploymentProperties = {
    type: {
        name: "Composite",
        className: "DeploymentProperties",
        modelProperties: {
            provisioningState: {
                serializedName: "provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            model: {
                serializedName: "model",
                type: {
                    name: "Composite",
                    className: "DeploymentModel",
                },
            },
            scaleSettings: {
                serializedName: "scaleSettings",
                type: {
                    name: "Composite",
                    className: "DeploymentScaleSettings",
                },
            },
            capabilities: {
                serializedName: "capabilities",
                readOnly: true,
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            raiPolicyName: {
                serializedName: "raiPolicyName",
                type: {
                    name: "String",
                },
            },
            callRateLimit: {
                serializedName: "callRateLimit",
                type: {
                    name: "Composite",
                    className: "CallRateLimit",
                },
            },
            rateLimits: {
                serializedName: "rateLimits",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ThrottlingRule",
                        },
                    },
                },
            },
            versionUpgradeOption: {
                serializedName: "versionUpgradeOption",
                type: {
                    name: "String",
                },
            },
            dynamicThrottlingEnabled: {
                serializedName: "dynamicThrottlingEnabled",
                readOnly: true,
                type: {
                    name: "Boolean",
                },
            },
            currentCapacity: {
                serializedName: "currentCapacity",
                type: {
                    name: "Number",
                },
            },
            capacitySettings: {
                serializedName: "capacitySettings",
                type: {
                    name: "Composite",
                    className: "DeploymentCapacitySettings",
                },
            },
            parentDeploymentName: {
                serializedName: "parentDeploymentName",
                type: {
                    name: "String",
                },
            },
            spilloverDeploymentName: {
                serializedName: "spilloverDeploymentName",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const DeploymentScaleSettings = {
    type: {
        name: "Composite",
        className: "DeploymentScaleSettings",
        modelProperties: {
            scaleType: {
                serializedName: "scaleType",
                type: {
                    name: "String",
                },
            },
            capacity: {
                serializedName: "capacity",
                type: {
                    name: "Number",
                },
            },
            activeCapacity: {
                serializedName: "activeCapacity",
                readOnly: true,
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const DeploymentCapacitySettings = {
    type: {
        name: "Composite",
        className: "DeploymentCapacitySettings",
        modelProperties: {
            designatedCapacity: {
                constraints: {
                    InclusiveMinimum: 0,
                },
                serializedName: "designatedCapacity",
                type: {
                    name: "Number",
                },
            },
            priority: {
                constraints: {
                    InclusiveMinimum: 0,
                },
                serializedName: "priority",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const PatchResourceTags = {
    type: {
        name: "Composite",
        className: "PatchResourceTags",
        modelProperties: {
            tags: {
                serializedName: "tags",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
        },
    },
};
const DeploymentSkuListResult = {
    type: {
        name: "Composite",
        className: "DeploymentSkuListResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "SkuResource",
                        },
                    },
                },
            },
        },
    },
};
const SkuResource = {
    type: {
        name: "Composite",
        className: "SkuResource",
        modelProperties: {
            resourceType: {
                serializedName: "resourceType",
                type: {
                    name: "String",
                },
            },
            sku: {
                serializedName: "sku",
                type: {
                    name: "Composite",
                    className: "Sku",
                },
            },
            capacity: {
                serializedName: "capacity",
                type: {
                    name: "Composite",
                    className: "CapacityConfig",
                },
            },
        },
    },
};
const CommitmentPlanListResult = {
    type: {
        name: "Composite",
        className: "CommitmentPlanListResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "CommitmentPlan",
                        },
                    },
                },
            },
        },
    },
};
const CommitmentPlanProperties = {
    type: {
        name: "Composite",
        className: "CommitmentPlanProperties",
        modelProperties: {
            provisioningState: {
                serializedName: "provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            commitmentPlanGuid: {
                serializedName: "commitmentPlanGuid",
                type: {
                    name: "String",
                },
            },
            hostingModel: {
                serializedName: "hostingModel",
                type: {
                    name: "String",
                },
            },
            planType: {
                serializedName: "planType",
                type: {
                    name: "String",
                },
            },
            current: {
                serializedName: "current",
                type: {
                    name: "Composite",
                    className: "CommitmentPeriod",
                },
            },
            autoRenew: {
                serializedName: "autoRenew",
                type: {
                    name: "Boolean",
                },
            },
            next: {
                serializedName: "next",
                type: {
                    name: "Composite",
                    className: "CommitmentPeriod",
                },
            },
            last: {
                serializedName: "last",
                type: {
                    name: "Composite",
                    className: "CommitmentPeriod",
                },
            },
            provisioningIssues: {
                serializedName: "provisioningIssues",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
        },
    },
};
const CommitmentPeriod = {
    type: {
        name: "Composite",
        className: "CommitmentPeriod",
        modelProperties: {
            tier: {
                serializedName: "tier",
                type: {
                    name: "String",
                },
            },
            count: {
                serializedName: "count",
                type: {
                    name: "Number",
                },
            },
            quota: {
                serializedName: "quota",
                type: {
                    name: "Composite",
                    className: "CommitmentQuota",
                },
            },
            startDate: {
                serializedName: "startDate",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            endDate: {
                serializedName: "endDate",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const EncryptionScopeListResult = {
    type: {
        name: "Composite",
        className: "EncryptionScopeListResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "EncryptionScope",
                        },
                    },
                },
            },
        },
    },
};
const RaiPolicyListResult = {
    type: {
        name: "Composite",
        className: "RaiPolicyListResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "RaiPolicy",
                        },
                    },
                },
            },
        },
    },
};
const RaiPolicyProperties = {
    type: {
        name: "Composite",
        className: "RaiPolicyProperties",
        modelProperties: {
            type: {
                serializedName: "type",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            mode: {
                serializedName: "mode",
                type: {
                    name: "String",
                },
            },
            basePolicyName: {
                serializedName: "basePolicyName",
                type: {
                    name: "String",
                },
            },
            contentFilters: {
                serializedName: "contentFilters",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "RaiPolicyContentFilter",
                        },
                    },
                },
            },
            customBlocklists: {
                serializedName: "customBlocklists",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "CustomBlocklistConfig",
                        },
                    },
                },
            },
            customTopics: {
                serializedName: "customTopics",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "CustomTopicConfig",
                        },
                    },
                },
            },
        },
    },
};
const RaiPolicyContentFilter = {
    type: {
        name: "Composite",
        className: "RaiPolicyContentFilter",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            enabled: {
                serializedName: "enabled",
                type: {
                    name: "Boolean",
                },
            },
            severityThreshold: {
                serializedName: "severityThreshold",
                type: {
                    name: "String",
                },
            },
            blocking: {
                serializedName: "blocking",
                type: {
                    name: "Boolean",
                },
            },
            source: {
                serializedName: "source",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const RaiBlocklistConfig = {
    type: {
        name: "Composite",
        className: "RaiBlocklistConfig",
        modelProperties: {
            blocklistName: {
                serializedName: "blocklistName",
                type: {
                    name: "String",
                },
            },
            blocking: {
                serializedName: "blocking",
                type: {
                    name: "Boolean",
                },
            },
        },
    },
};
const RaiTopicConfig = {
    type: {
        name: "Composite",
        className: "RaiTopicConfig",
        modelProperties: {
            topicName: {
                serializedName: "topicName",
                type: {
                    name: "String",
                },
            },
            blocking: {
                serializedName: "blocking",
                type: {
                    name: "Boolean",
                },
            },
        },
    },
};
const RaiBlockListResult = {
    type: {
        name: "Composite",
        className: "RaiBlockListResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "RaiBlocklist",
                        },
                    },
                },
            },
        },
    },
};
const RaiBlocklistProperties = {
    type: {
        name: "Composite",
        className: "RaiBlocklistProperties",
        modelProperties: {
            description: {
                serializedName: "description",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const RaiBlockListItemsResult = {
    type: {
        name: "Composite",
        className: "RaiBlockListItemsResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "RaiBlocklistItem",
                        },
                    },
                },
            },
        },
    },
};
const RaiBlocklistItemProperties = {
    type: {
        name: "Composite",
        className: "RaiBlocklistItemProperties",
        modelProperties: {
            pattern: {
                serializedName: "pattern",
                type: {
                    name: "String",
                },
            },
            isRegex: {
                serializedName: "isRegex",
                type: {
                    name: "Boolean",
                },
            },
        },
    },
};
const RaiBlocklistItemBulkRequest = {
    type: {
        name: "Composite",
        className: "RaiBlocklistItemBulkRequest",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "RaiBlocklistItemProperties",
                },
            },
        },
    },
};
const RaiTopicProperties = {
    type: {
        name: "Composite",
        className: "RaiTopicProperties",
        modelProperties: {
            topicId: {
                serializedName: "topicId",
                type: {
                    name: "String",
                },
            },
            topicName: {
                serializedName: "topicName",
                type: {
                    name: "String",
                },
            },
            description: {
                serializedName: "description",
                type: {
                    name: "String",
                },
            },
            sampleBlobUrl: {
                serializedName: "sampleBlobUrl",
                type: {
                    name: "String",
                },
            },
            status: {
                serializedName: "status",
                type: {
                    name: "String",
                },
            },
            failedReason: {
                serializedName: "failedReason",
                type: {
                    name: "String",
                },
            },
            createdAt: {
                serializedName: "createdAt",
                type: {
                    name: "DateTime",
                },
            },
            lastModifiedAt: {
                serializedName: "lastModifiedAt",
                type: {
                    name: "DateTime",
                },
            },
        },
    },
};
const RaiTopicResult = {
    type: {
        name: "Composite",
        className: "RaiTopicResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "RaiTopic",
                        },
                    },
                },
            },
        },
    },
};
const RaiContentFilterListResult = {
    type: {
        name: "Composite",
        className: "RaiContentFilterListResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "RaiContentFilter",
                        },
                    },
                },
            },
        },
    },
};
const RaiContentFilterProperties = {
    type: {
        name: "Composite",
        className: "RaiContentFilterProperties",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            isMultiLevelFilter: {
                serializedName: "isMultiLevelFilter",
                type: {
                    name: "Boolean",
                },
            },
            source: {
                serializedName: "source",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CommitmentPlanAccountAssociationListResult = {
    type: {
        name: "Composite",
        className: "CommitmentPlanAccountAssociationListResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "CommitmentPlanAccountAssociation",
                        },
                    },
                },
            },
        },
    },
};
const NetworkSecurityPerimeterConfigurationList = {
    type: {
        name: "Composite",
        className: "NetworkSecurityPerimeterConfigurationList",
        modelProperties: {
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "NetworkSecurityPerimeterConfiguration",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const NetworkSecurityPerimeterConfigurationProperties = {
    type: {
        name: "Composite",
        className: "NetworkSecurityPerimeterConfigurationProperties",
        modelProperties: {
            provisioningState: {
                serializedName: "provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            provisioningIssues: {
                serializedName: "provisioningIssues",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ProvisioningIssue",
                        },
                    },
                },
            },
            networkSecurityPerimeter: {
                serializedName: "networkSecurityPerimeter",
                type: {
                    name: "Composite",
                    className: "NetworkSecurityPerimeter",
                },
            },
            resourceAssociation: {
                serializedName: "resourceAssociation",
                type: {
                    name: "Composite",
                    className: "NetworkSecurityPerimeterConfigurationAssociationInfo",
                },
            },
            profile: {
                serializedName: "profile",
                type: {
                    name: "Composite",
                    className: "NetworkSecurityPerimeterProfileInfo",
                },
            },
        },
    },
};
const ProvisioningIssue = {
    type: {
        name: "Composite",
        className: "ProvisioningIssue",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "ProvisioningIssueProperties",
                },
            },
        },
    },
};
const ProvisioningIssueProperties = {
    type: {
        name: "Composite",
        className: "ProvisioningIssueProperties",
        modelProperties: {
            issueType: {
                serializedName: "issueType",
                type: {
                    name: "String",
                },
            },
            severity: {
                serializedName: "severity",
                type: {
                    name: "String",
                },
            },
            description: {
                serializedName: "description",
                type: {
                    name: "String",
                },
            },
            suggestedResourceIds: {
                serializedName: "suggestedResourceIds",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            suggestedAccessRules: {
                serializedName: "suggestedAccessRules",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "NetworkSecurityPerimeterAccessRule",
                        },
                    },
                },
            },
        },
    },
};
const NetworkSecurityPerimeterAccessRule = {
    type: {
        name: "Composite",
        className: "NetworkSecurityPerimeterAccessRule",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "NetworkSecurityPerimeterAccessRuleProperties",
                },
            },
        },
    },
};
const NetworkSecurityPerimeterAccessRuleProperties = {
    type: {
        name: "Composite",
        className: "NetworkSecurityPerimeterAccessRuleProperties",
        modelProperties: {
            direction: {
                serializedName: "direction",
                type: {
                    name: "String",
                },
            },
            addressPrefixes: {
                serializedName: "addressPrefixes",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            subscriptions: {
                serializedName: "subscriptions",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "NetworkSecurityPerimeterAccessRulePropertiesSubscriptionsItem",
                        },
                    },
                },
            },
            networkSecurityPerimeters: {
                serializedName: "networkSecurityPerimeters",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "NetworkSecurityPerimeter",
                        },
                    },
                },
            },
            fullyQualifiedDomainNames: {
                serializedName: "fullyQualifiedDomainNames",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
        },
    },
};
const NetworkSecurityPerimeterAccessRulePropertiesSubscriptionsItem = {
    type: {
        name: "Composite",
        className: "NetworkSecurityPerimeterAccessRulePropertiesSubscriptionsItem",
        modelProperties: {
            id: {
                serializedName: "id",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const NetworkSecurityPerimeter = {
    type: {
        name: "Composite",
        className: "NetworkSecurityPerimeter",
        modelProperties: {
            id: {
                serializedName: "id",
                type: {
                    name: "String",
                },
            },
            perimeterGuid: {
                serializedName: "perimeterGuid",
                type: {
                    name: "String",
                },
            },
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const NetworkSecurityPerimeterConfigurationAssociationInfo = {
    type: {
        name: "Composite",
        className: "NetworkSecurityPerimeterConfigurationAssociationInfo",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            accessMode: {
                serializedName: "accessMode",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const NetworkSecurityPerimeterProfileInfo = {
    type: {
        name: "Composite",
        className: "NetworkSecurityPerimeterProfileInfo",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            accessRulesVersion: {
                serializedName: "accessRulesVersion",
                type: {
                    name: "Number",
                },
            },
            accessRules: {
                serializedName: "accessRules",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "NetworkSecurityPerimeterAccessRule",
                        },
                    },
                },
            },
            diagnosticSettingsVersion: {
                serializedName: "diagnosticSettingsVersion",
                type: {
                    name: "Number",
                },
            },
            enabledLogCategories: {
                serializedName: "enabledLogCategories",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
        },
    },
};
const DefenderForAISettingResult = {
    type: {
        name: "Composite",
        className: "DefenderForAISettingResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "DefenderForAISetting",
                        },
                    },
                },
            },
        },
    },
};
const ProjectProperties = {
    type: {
        name: "Composite",
        className: "ProjectProperties",
        modelProperties: {
            provisioningState: {
                serializedName: "provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            displayName: {
                serializedName: "displayName",
                type: {
                    name: "String",
                },
            },
            description: {
                serializedName: "description",
                type: {
                    name: "String",
                },
            },
            endpoints: {
                serializedName: "endpoints",
                readOnly: true,
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            isDefault: {
                serializedName: "isDefault",
                readOnly: true,
                type: {
                    name: "Boolean",
                },
            },
        },
    },
};
const ProjectListResult = {
    type: {
        name: "Composite",
        className: "ProjectListResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Project",
                        },
                    },
                },
            },
        },
    },
};
const ConnectionPropertiesV2 = {
    type: {
        name: "Composite",
        className: "ConnectionPropertiesV2",
        uberParent: "ConnectionPropertiesV2",
        polymorphicDiscriminator: {
            serializedName: "authType",
            clientName: "authType",
        },
        modelProperties: {
            authType: {
                serializedName: "authType",
                required: true,
                type: {
                    name: "String",
                },
            },
            category: {
                serializedName: "category",
                type: {
                    name: "String",
                },
            },
            createdByWorkspaceArmId: {
                serializedName: "createdByWorkspaceArmId",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            error: {
                serializedName: "error",
                type: {
                    name: "String",
                },
            },
            expiryTime: {
                serializedName: "expiryTime",
                type: {
                    name: "DateTime",
                },
            },
            group: {
                serializedName: "group",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            isSharedToAll: {
                serializedName: "isSharedToAll",
                type: {
                    name: "Boolean",
                },
            },
            metadata: {
                serializedName: "metadata",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            peRequirement: {
                serializedName: "peRequirement",
                type: {
                    name: "String",
                },
            },
            peStatus: {
                serializedName: "peStatus",
                type: {
                    name: "String",
                },
            },
            sharedUserList: {
                serializedName: "sharedUserList",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            target: {
                serializedName: "target",
                type: {
                    name: "String",
                },
            },
            useWorkspaceManagedIdentity: {
                serializedName: "useWorkspaceManagedIdentity",
                type: {
                    name: "Boolean",
                },
            },
        },
    },
};
const ConnectionUpdateContent = {
    type: {
        name: "Composite",
        className: "ConnectionUpdateContent",
        modelProperties: {
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "ConnectionPropertiesV2",
                },
            },
        },
    },
};
const ConnectionPropertiesV2BasicResourceArmPaginatedResult = {
    type: {
        name: "Composite",
        className: "ConnectionPropertiesV2BasicResourceArmPaginatedResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ConnectionPropertiesV2BasicResource",
                        },
                    },
                },
            },
        },
    },
};
const CapabilityHostResourceArmPaginatedResult = {
    type: {
        name: "Composite",
        className: "CapabilityHostResourceArmPaginatedResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                nullable: true,
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                nullable: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "CapabilityHost",
                        },
                    },
                },
            },
        },
    },
};
const ResourceBase = {
    type: {
        name: "Composite",
        className: "ResourceBase",
        modelProperties: {
            description: {
                serializedName: "description",
                nullable: true,
                type: {
                    name: "String",
                },
            },
            tags: {
                serializedName: "tags",
                nullable: true,
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
        },
    },
};
const ProjectCapabilityHostResourceArmPaginatedResult = {
    type: {
        name: "Composite",
        className: "ProjectCapabilityHostResourceArmPaginatedResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                nullable: true,
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                nullable: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ProjectCapabilityHost",
                        },
                    },
                },
            },
        },
    },
};
const ProjectCapabilityHostProperties = {
    type: {
        name: "Composite",
        className: "ProjectCapabilityHostProperties",
        modelProperties: {
            aiServicesConnections: {
                serializedName: "aiServicesConnections",
                nullable: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            vectorStoreConnections: {
                serializedName: "vectorStoreConnections",
                nullable: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            storageConnections: {
                serializedName: "storageConnections",
                nullable: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            threadStorageConnections: {
                serializedName: "threadStorageConnections",
                nullable: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            provisioningState: {
                serializedName: "provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const QuotaTierListResult = {
    type: {
        name: "Composite",
        className: "QuotaTierListResult",
        modelProperties: {
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "QuotaTier",
                        },
                    },
                },
            },
        },
    },
};
const QuotaTierProperties = {
    type: {
        name: "Composite",
        className: "QuotaTierProperties",
        modelProperties: {
            currentTierName: {
                serializedName: "currentTierName",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            tierUpgradePolicy: {
                serializedName: "tierUpgradePolicy",
                type: {
                    name: "String",
                },
            },
            assignmentDate: {
                serializedName: "assignmentDate",
                readOnly: true,
                type: {
                    name: "DateTime",
                },
            },
            tierUpgradeEligibilityInfo: {
                serializedName: "tierUpgradeEligibilityInfo",
                type: {
                    name: "Composite",
                    className: "QuotaTierUpgradeEligibilityInfo",
                },
            },
        },
    },
};
const QuotaTierUpgradeEligibilityInfo = {
    type: {
        name: "Composite",
        className: "QuotaTierUpgradeEligibilityInfo",
        modelProperties: {
            nextTierName: {
                serializedName: "nextTierName",
                nullable: true,
                type: {
                    name: "String",
                },
            },
            upgradeAvailabilityStatus: {
                serializedName: "upgradeAvailabilityStatus",
                type: {
                    name: "String",
                },
            },
            upgradeApplicableDate: {
                serializedName: "upgradeApplicableDate",
                nullable: true,
                type: {
                    name: "DateTime",
                },
            },
            upgradeUnavailabilityReason: {
                serializedName: "upgradeUnavailabilityReason",
                nullable: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ConnectionPersonalAccessToken = {
    type: {
        name: "Composite",
        className: "ConnectionPersonalAccessToken",
        modelProperties: {
            pat: {
                serializedName: "pat",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ConnectionManagedIdentity = {
    type: {
        name: "Composite",
        className: "ConnectionManagedIdentity",
        modelProperties: {
            clientId: {
                serializedName: "clientId",
                type: {
                    name: "String",
                },
            },
            resourceId: {
                serializedName: "resourceId",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ConnectionUsernamePassword = {
    type: {
        name: "Composite",
        className: "ConnectionUsernamePassword",
        modelProperties: {
            password: {
                serializedName: "password",
                type: {
                    name: "String",
                },
            },
            securityToken: {
                serializedName: "securityToken",
                type: {
                    name: "String",
                },
            },
            username: {
                serializedName: "username",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ConnectionSharedAccessSignature = {
    type: {
        name: "Composite",
        className: "ConnectionSharedAccessSignature",
        modelProperties: {
            sas: {
                serializedName: "sas",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ConnectionAccountKey = {
    type: {
        name: "Composite",
        className: "ConnectionAccountKey",
        modelProperties: {
            key: {
                serializedName: "key",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ConnectionServicePrincipal = {
    type: {
        name: "Composite",
        className: "ConnectionServicePrincipal",
        modelProperties: {
            clientId: {
                serializedName: "clientId",
                type: {
                    name: "String",
                },
            },
            clientSecret: {
                serializedName: "clientSecret",
                type: {
                    name: "String",
                },
            },
            tenantId: {
                serializedName: "tenantId",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ConnectionAccessKey = {
    type: {
        name: "Composite",
        className: "ConnectionAccessKey",
        modelProperties: {
            accessKeyId: {
                serializedName: "accessKeyId",
                type: {
                    name: "String",
                },
            },
            secretAccessKey: {
                serializedName: "secretAccessKey",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ConnectionApiKey = {
    type: {
        name: "Composite",
        className: "ConnectionApiKey",
        modelProperties: {
            key: {
                serializedName: "key",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CustomKeys = {
    type: {
        name: "Composite",
        className: "CustomKeys",
        modelProperties: {
            keys: {
                serializedName: "keys",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
        },
    },
};
const ConnectionOAuth2 = {
    type: {
        name: "Composite",
        className: "ConnectionOAuth2",
        modelProperties: {
            authUrl: {
                serializedName: "authUrl",
                type: {
                    name: "String",
                },
            },
            clientId: {
                serializedName: "clientId",
                type: {
                    name: "Uuid",
                },
            },
            clientSecret: {
                serializedName: "clientSecret",
                type: {
                    name: "String",
                },
            },
            developerToken: {
                serializedName: "developerToken",
                type: {
                    name: "String",
                },
            },
            password: {
                serializedName: "password",
                type: {
                    name: "String",
                },
            },
            refreshToken: {
                serializedName: "refreshToken",
                type: {
                    name: "String",
                },
            },
            tenantId: {
                serializedName: "tenantId",
                type: {
                    name: "String",
                },
            },
            username: {
                serializedName: "username",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const EncryptionScopeProperties = {
    type: {
        name: "Composite",
        className: "EncryptionScopeProperties",
        modelProperties: {
            ...Encryption.type.modelProperties,
            provisioningState: {
                serializedName: "provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            state: {
                serializedName: "state",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const AzureEntityResource = {
    type: {
        name: "Composite",
        className: "AzureEntityResource",
        modelProperties: {
            ...Resource.type.modelProperties,
            etag: {
                serializedName: "etag",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ProxyResource = {
    type: {
        name: "Composite",
        className: "ProxyResource",
        modelProperties: {
            ...Resource.type.modelProperties,
        },
    },
};
const PrivateLinkResource = {
    type: {
        name: "Composite",
        className: "PrivateLinkResource",
        modelProperties: {
            ...Resource.type.modelProperties,
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "PrivateLinkResourceProperties",
                },
            },
        },
    },
};
const ConnectionPropertiesV2BasicResource = {
    type: {
        name: "Composite",
        className: "ConnectionPropertiesV2BasicResource",
        modelProperties: {
            ...Resource.type.modelProperties,
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "ConnectionPropertiesV2",
                },
            },
        },
    },
};
const AccountModel = {
    type: {
        name: "Composite",
        className: "AccountModel",
        modelProperties: {
            ...DeploymentModel.type.modelProperties,
            baseModel: {
                serializedName: "baseModel",
                type: {
                    name: "Composite",
                    className: "DeploymentModel",
                },
            },
            isDefaultVersion: {
                serializedName: "isDefaultVersion",
                type: {
                    name: "Boolean",
                },
            },
            skus: {
                serializedName: "skus",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ModelSku",
                        },
                    },
                },
            },
            maxCapacity: {
                serializedName: "maxCapacity",
                type: {
                    name: "Number",
                },
            },
            capabilities: {
                serializedName: "capabilities",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            finetuneCapabilities: {
                serializedName: "finetuneCapabilities",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            deprecation: {
                serializedName: "deprecation",
                type: {
                    name: "Composite",
                    className: "ModelDeprecationInfo",
                },
            },
            replacementConfig: {
                serializedName: "replacementConfig",
                type: {
                    name: "Composite",
                    className: "ReplacementConfig",
                },
            },
            modelCatalogAssetId: {
                serializedName: "modelCatalogAssetId",
                type: {
                    name: "String",
                },
            },
            lifecycleStatus: {
                serializedName: "lifecycleStatus",
                type: {
                    name: "String",
                },
            },
            systemData: {
                serializedName: "systemData",
                type: {
                    name: "Composite",
                    className: "SystemData",
                },
            },
        },
    },
};
const PatchResourceTagsAndSku = {
    type: {
        name: "Composite",
        className: "PatchResourceTagsAndSku",
        modelProperties: {
            ...PatchResourceTags.type.modelProperties,
            sku: {
                serializedName: "sku",
                type: {
                    name: "Composite",
                    className: "Sku",
                },
            },
        },
    },
};
const CustomBlocklistConfig = {
    type: {
        name: "Composite",
        className: "CustomBlocklistConfig",
        modelProperties: {
            ...RaiBlocklistConfig.type.modelProperties,
            source: {
                serializedName: "source",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CustomTopicConfig = {
    type: {
        name: "Composite",
        className: "CustomTopicConfig",
        modelProperties: {
            ...RaiTopicConfig.type.modelProperties,
            source: {
                serializedName: "source",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const PATAuthTypeConnectionProperties = {
    serializedName: "PAT",
    type: {
        name: "Composite",
        className: "PATAuthTypeConnectionProperties",
        uberParent: "ConnectionPropertiesV2",
        polymorphicDiscriminator: ConnectionPropertiesV2.type.polymorphicDiscriminator,
        modelProperties: {
            ...ConnectionPropertiesV2.type.modelProperties,
            credentials: {
                serializedName: "credentials",
                type: {
                    name: "Composite",
                    className: "ConnectionPersonalAccessToken",
                },
            },
        },
    },
};
const ManagedIdentityAuthTypeConnectionProperties = {
    serializedName: "ManagedIdentity",
    type: {
        name: "Composite",
        className: "ManagedIdentityAuthTypeConnectionProperties",
        uberParent: "ConnectionPropertiesV2",
        polymorphicDiscriminator: ConnectionPropertiesV2.type.polymorphicDiscriminator,
        modelProperties: {
            ...ConnectionPropertiesV2.type.modelProperties,
            credentials: {
                serializedName: "credentials",
                type: {
                    name: "Composite",
                    className: "ConnectionManagedIdentity",
                },
            },
        },
    },
};
const UsernamePasswordAuthTypeConnectionProperties = {
    serializedName: "UsernamePassword",
    type: {
        name: "Composite",
        className: "UsernamePasswordAuthTypeConnectionProperties",
        uberParent: "ConnectionPropertiesV2",
        polymorphicDiscriminator: ConnectionPropertiesV2.type.polymorphicDiscriminator,
        modelProperties: {
            ...ConnectionPropertiesV2.type.modelProperties,
            credentials: {
                serializedName: "credentials",
                type: {
                    name: "Composite",
                    className: "ConnectionUsernamePassword",
                },
            },
        },
    },
};
const NoneAuthTypeConnectionProperties = {
    serializedName: "None",
    type: {
        name: "Composite",
        className: "NoneAuthTypeConnectionProperties",
        uberParent: "ConnectionPropertiesV2",
        polymorphicDiscriminator: ConnectionPropertiesV2.type.polymorphicDiscriminator,
        modelProperties: {
            ...ConnectionPropertiesV2.type.modelProperties,
        },
    },
};
const SASAuthTypeConnectionProperties = {
    serializedName: "SAS",
    type: {
        name: "Composite",
        className: "SASAuthTypeConnectionProperties",
        uberParent: "ConnectionPropertiesV2",
        polymorphicDiscriminator: ConnectionPropertiesV2.type.polymorphicDiscriminator,
        modelProperties: {
            ...ConnectionPropertiesV2.type.modelProperties,
            credentials: {
                serializedName: "credentials",
                type: {
                    name: "Composite",
                    className: "ConnectionSharedAccessSignature",
                },
            },
        },
    },
};
const AccountKeyAuthTypeConnectionProperties = {
    serializedName: "AccountKey",
    type: {
        name: "Composite",
        className: "AccountKeyAuthTypeConnectionProperties",
        uberParent: "ConnectionPropertiesV2",
        polymorphicDiscriminator: ConnectionPropertiesV2.type.polymorphicDiscriminator,
        modelProperties: {
            ...ConnectionPropertiesV2.type.modelProperties,
            credentials: {
                serializedName: "credentials",
                type: {
                    name: "Composite",
                    className: "ConnectionAccountKey",
                },
            },
        },
    },
};
const ServicePrincipalAuthTypeConnectionProperties = {
    serializedName: "ServicePrincipal",
    type: {
        name: "Composite",
        className: "ServicePrincipalAuthTypeConnectionProperties",
        uberParent: "ConnectionPropertiesV2",
        polymorphicDiscriminator: ConnectionPropertiesV2.type.polymorphicDiscriminator,
        modelProperties: {
            ...ConnectionPropertiesV2.type.modelProperties,
            credentials: {
                serializedName: "credentials",
                type: {
                    name: "Composite",
                    className: "ConnectionServicePrincipal",
                },
            },
        },
    },
};
const AccessKeyAuthTypeConnectionProperties = {
    serializedName: "AccessKey",
    type: {
        name: "Composite",
        className: "AccessKeyAuthTypeConnectionProperties",
        uberParent: "ConnectionPropertiesV2",
        polymorphicDiscriminator: ConnectionPropertiesV2.type.polymorphicDiscriminator,
        modelProperties: {
            ...ConnectionPropertiesV2.type.modelProperties,
            credentials: {
                serializedName: "credentials",
                type: {
                    name: "Composite",
                    className: "ConnectionAccessKey",
                },
            },
        },
    },
};
const ApiKeyAuthConnectionProperties = {
    serializedName: "ApiKey",
    type: {
        name: "Composite",
        className: "ApiKeyAuthConnectionProperties",
        uberParent: "ConnectionPropertiesV2",
        polymorphicDiscriminator: ConnectionPropertiesV2.type.polymorphicDiscriminator,
        modelProperties: {
            ...ConnectionPropertiesV2.type.modelProperties,
            credentials: {
                serializedName: "credentials",
                type: {
                    name: "Composite",
                    className: "ConnectionApiKey",
                },
            },
        },
    },
};
const CustomKeysConnectionProperties = {
    serializedName: "CustomKeys",
    type: {
        name: "Composite",
        className: "CustomKeysConnectionProperties",
        uberParent: "ConnectionPropertiesV2",
        polymorphicDiscriminator: ConnectionPropertiesV2.type.polymorphicDiscriminator,
        modelProperties: {
            ...ConnectionPropertiesV2.type.modelProperties,
            credentials: {
                serializedName: "credentials",
                type: {
                    name: "Composite",
                    className: "CustomKeys",
                },
            },
        },
    },
};
const OAuth2AuthTypeConnectionProperties = {
    serializedName: "OAuth2",
    type: {
        name: "Composite",
        className: "OAuth2AuthTypeConnectionProperties",
        uberParent: "ConnectionPropertiesV2",
        polymorphicDiscriminator: ConnectionPropertiesV2.type.polymorphicDiscriminator,
        modelProperties: {
            ...ConnectionPropertiesV2.type.modelProperties,
            credentials: {
                serializedName: "credentials",
                type: {
                    name: "Composite",
                    className: "ConnectionOAuth2",
                },
            },
        },
    },
};
const AADAuthTypeConnectionProperties = {
    serializedName: "AAD",
    type: {
        name: "Composite",
        className: "AADAuthTypeConnectionProperties",
        uberParent: "ConnectionPropertiesV2",
        polymorphicDiscriminator: ConnectionPropertiesV2.type.polymorphicDiscriminator,
        modelProperties: {
            ...ConnectionPropertiesV2.type.modelProperties,
        },
    },
};
const CapabilityHostProperties = {
    type: {
        name: "Composite",
        className: "CapabilityHostProperties",
        modelProperties: {
            ...ResourceBase.type.modelProperties,
            aiServicesConnections: {
                serializedName: "aiServicesConnections",
                nullable: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            capabilityHostKind: {
                serializedName: "capabilityHostKind",
                type: {
                    name: "String",
                },
            },
            customerSubnet: {
                serializedName: "customerSubnet",
                nullable: true,
                type: {
                    name: "String",
                },
            },
            provisioningState: {
                serializedName: "provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            storageConnections: {
                serializedName: "storageConnections",
                nullable: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            threadStorageConnections: {
                serializedName: "threadStorageConnections",
                nullable: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            vectorStoreConnections: {
                serializedName: "vectorStoreConnections",
                nullable: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
        },
    },
};
const PrivateEndpointConnection = {
    type: {
        name: "Composite",
        className: "PrivateEndpointConnection",
        modelProperties: {
            ...AzureEntityResource.type.modelProperties,
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "PrivateEndpointConnectionProperties",
                },
            },
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const Account = {
    type: {
        name: "Composite",
        className: "Account",
        modelProperties: {
            ...AzureEntityResource.type.modelProperties,
            kind: {
                serializedName: "kind",
                type: {
                    name: "String",
                },
            },
            sku: {
                serializedName: "sku",
                type: {
                    name: "Composite",
                    className: "Sku",
                },
            },
            identity: {
                serializedName: "identity",
                type: {
                    name: "Composite",
                    className: "Identity",
                },
            },
            tags: {
                serializedName: "tags",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "AccountProperties",
                },
            },
        },
    },
};
const Project = {
    type: {
        name: "Composite",
        className: "Project",
        modelProperties: {
            ...AzureEntityResource.type.modelProperties,
            identity: {
                serializedName: "identity",
                type: {
                    name: "Composite",
                    className: "Identity",
                },
            },
            tags: {
                serializedName: "tags",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "ProjectProperties",
                },
            },
        },
    },
};
const ModelCapacityListResultValueItem = {
    type: {
        name: "Composite",
        className: "ModelCapacityListResultValueItem",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "ModelSkuCapacityProperties",
                },
            },
        },
    },
};
const Deployment = {
    type: {
        name: "Composite",
        className: "Deployment",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            sku: {
                serializedName: "sku",
                type: {
                    name: "Composite",
                    className: "Sku",
                },
            },
            etag: {
                serializedName: "etag",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            tags: {
                serializedName: "tags",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "DeploymentProperties",
                },
            },
        },
    },
};
const CommitmentPlan = {
    type: {
        name: "Composite",
        className: "CommitmentPlan",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            etag: {
                serializedName: "etag",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            kind: {
                serializedName: "kind",
                type: {
                    name: "String",
                },
            },
            sku: {
                serializedName: "sku",
                type: {
                    name: "Composite",
                    className: "Sku",
                },
            },
            tags: {
                serializedName: "tags",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "CommitmentPlanProperties",
                },
            },
        },
    },
};
const EncryptionScope = {
    type: {
        name: "Composite",
        className: "EncryptionScope",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            etag: {
                serializedName: "etag",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            tags: {
                serializedName: "tags",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "EncryptionScopeProperties",
                },
            },
        },
    },
};
const RaiPolicy = {
    type: {
        name: "Composite",
        className: "RaiPolicy",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            etag: {
                serializedName: "etag",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            tags: {
                serializedName: "tags",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "RaiPolicyProperties",
                },
            },
        },
    },
};
const RaiBlocklist = {
    type: {
        name: "Composite",
        className: "RaiBlocklist",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            etag: {
                serializedName: "etag",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            tags: {
                serializedName: "tags",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "RaiBlocklistProperties",
                },
            },
        },
    },
};
const RaiBlocklistItem = {
    type: {
        name: "Composite",
        className: "RaiBlocklistItem",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            etag: {
                serializedName: "etag",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            tags: {
                serializedName: "tags",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "RaiBlocklistItemProperties",
                },
            },
        },
    },
};
const RaiTopic = {
    type: {
        name: "Composite",
        className: "RaiTopic",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            etag: {
                serializedName: "etag",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            tags: {
                serializedName: "tags",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "RaiTopicProperties",
                },
            },
        },
    },
};
const RaiContentFilter = {
    type: {
        name: "Composite",
        className: "RaiContentFilter",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "RaiContentFilterProperties",
                },
            },
        },
    },
};
const CommitmentPlanAccountAssociation = {
    type: {
        name: "Composite",
        className: "CommitmentPlanAccountAssociation",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            etag: {
                serializedName: "etag",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            tags: {
                serializedName: "tags",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            accountId: {
                serializedName: "properties.accountId",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const NetworkSecurityPerimeterConfiguration = {
    type: {
        name: "Composite",
        className: "NetworkSecurityPerimeterConfiguration",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "NetworkSecurityPerimeterConfigurationProperties",
                },
            },
        },
    },
};
const DefenderForAISetting = {
    type: {
        name: "Composite",
        className: "DefenderForAISetting",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            etag: {
                serializedName: "etag",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            tags: {
                serializedName: "tags",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            state: {
                serializedName: "properties.state",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CapabilityHost = {
    type: {
        name: "Composite",
        className: "CapabilityHost",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "CapabilityHostProperties",
                },
            },
        },
    },
};
const ProjectCapabilityHost = {
    type: {
        name: "Composite",
        className: "ProjectCapabilityHost",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "ProjectCapabilityHostProperties",
                },
            },
        },
    },
};
const QuotaTier = {
    type: {
        name: "Composite",
        className: "QuotaTier",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "QuotaTierProperties",
                },
            },
        },
    },
};
const DeploymentsUpdateHeaders = {
    type: {
        name: "Composite",
        className: "DeploymentsUpdateHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CommitmentPlansUpdatePlanHeaders = {
    type: {
        name: "Composite",
        className: "CommitmentPlansUpdatePlanHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CommitmentPlansDeletePlanHeaders = {
    type: {
        name: "Composite",
        className: "CommitmentPlansDeletePlanHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CommitmentPlansDeleteAssociationHeaders = {
    type: {
        name: "Composite",
        className: "CommitmentPlansDeleteAssociationHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const EncryptionScopesDeleteHeaders = {
    type: {
        name: "Composite",
        className: "EncryptionScopesDeleteHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const RaiPoliciesDeleteHeaders = {
    type: {
        name: "Composite",
        className: "RaiPoliciesDeleteHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const RaiBlocklistsDeleteHeaders = {
    type: {
        name: "Composite",
        className: "RaiBlocklistsDeleteHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const RaiBlocklistItemsDeleteHeaders = {
    type: {
        name: "Composite",
        className: "RaiBlocklistItemsDeleteHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const RaiTopicsDeleteHeaders = {
    type: {
        name: "Composite",
        className: "RaiTopicsDeleteHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const NetworkSecurityPerimeterConfigurationsReconcileHeaders = {
    type: {
        name: "Composite",
        className: "NetworkSecurityPerimeterConfigurationsReconcileHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const AccountCapabilityHostsDeleteHeaders = {
    type: {
        name: "Composite",
        className: "AccountCapabilityHostsDeleteHeaders",
        modelProperties: {
            xMsAsyncOperationTimeout: {
                serializedName: "x-ms-async-operation-timeout",
                type: {
                    name: "TimeSpan",
                },
            },
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
            retryAfter: {
                constraints: {
                    InclusiveMaximum: 600,
                    InclusiveMinimum: 10,
                },
                serializedName: "retry-after",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const AccountCapabilityHostsCreateOrUpdateHeaders = {
    type: {
        name: "Composite",
        className: "AccountCapabilityHostsCreateOrUpdateHeaders",
        modelProperties: {
            xMsAsyncOperationTimeout: {
                serializedName: "x-ms-async-operation-timeout",
                type: {
                    name: "TimeSpan",
                },
            },
            azureAsyncOperation: {
                serializedName: "azure-asyncoperation",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ProjectCapabilityHostsDeleteHeaders = {
    type: {
        name: "Composite",
        className: "ProjectCapabilityHostsDeleteHeaders",
        modelProperties: {
            xMsAsyncOperationTimeout: {
                serializedName: "x-ms-async-operation-timeout",
                type: {
                    name: "TimeSpan",
                },
            },
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
            retryAfter: {
                constraints: {
                    InclusiveMaximum: 600,
                    InclusiveMinimum: 10,
                },
                serializedName: "retry-after",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const ProjectCapabilityHostsCreateOrUpdateHeaders = {
    type: {
        name: "Composite",
        className: "ProjectCapabilityHostsCreateOrUpdateHeaders",
        modelProperties: {
            xMsAsyncOperationTimeout: {
                serializedName: "x-ms-async-operation-timeout",
                type: {
                    name: "TimeSpan",
                },
            },
            azureAsyncOperation: {
                serializedName: "azure-asyncoperation",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const discriminators = {
    ConnectionPropertiesV2: ConnectionPropertiesV2,
    "ConnectionPropertiesV2.PAT": PATAuthTypeConnectionProperties,
    "ConnectionPropertiesV2.ManagedIdentity": ManagedIdentityAuthTypeConnectionProperties,
    "ConnectionPropertiesV2.UsernamePassword": UsernamePasswordAuthTypeConnectionProperties,
    "ConnectionPropertiesV2.None": NoneAuthTypeConnectionProperties,
    "ConnectionPropertiesV2.SAS": SASAuthTypeConnectionProperties,
    "ConnectionPropertiesV2.AccountKey": AccountKeyAuthTypeConnectionProperties,
    "ConnectionPropertiesV2.ServicePrincipal": ServicePrincipalAuthTypeConnectionProperties,
    "ConnectionPropertiesV2.AccessKey": AccessKeyAuthTypeConnectionProperties,
    "ConnectionPropertiesV2.ApiKey": ApiKeyAuthConnectionProperties,
    "ConnectionPropertiesV2.CustomKeys": CustomKeysConnectionProperties,
    "ConnectionPropertiesV2.OAuth2": OAuth2AuthTypeConnectionProperties,
    "ConnectionPropertiesV2.AAD": AADAuthTypeConnectionProperties,
};
//# sourceMappingURL=mappers.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/models/parameters.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const contentType = {
    parameterPath: ["options", "contentType"],
    mapper: {
        defaultValue: "application/json",
        isConstant: true,
        serializedName: "Content-Type",
        type: {
            name: "String",
        },
    },
};
const account = {
    parameterPath: "account",
    mapper: Account,
};
const accept = {
    parameterPath: "accept",
    mapper: {
        defaultValue: "application/json",
        isConstant: true,
        serializedName: "Accept",
        type: {
            name: "String",
        },
    },
};
const $host = {
    parameterPath: "$host",
    mapper: {
        serializedName: "$host",
        required: true,
        type: {
            name: "String",
        },
    },
    skipEncoding: true,
};
const resourceGroupName = {
    parameterPath: "resourceGroupName",
    mapper: {
        constraints: {
            MaxLength: 90,
            MinLength: 1,
        },
        serializedName: "resourceGroupName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const accountName = {
    parameterPath: "accountName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"),
            MaxLength: 64,
            MinLength: 2,
        },
        serializedName: "accountName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const apiVersion = {
    parameterPath: "apiVersion",
    mapper: {
        defaultValue: "2025-09-01",
        isConstant: true,
        serializedName: "api-version",
        type: {
            name: "String",
        },
    },
};
const subscriptionId = {
    parameterPath: "subscriptionId",
    mapper: {
        constraints: {
            MinLength: 1,
        },
        serializedName: "subscriptionId",
        required: true,
        type: {
            name: "String",
        },
    },
};
const keyName = {
    parameterPath: "keyName",
    mapper: RegenerateKeyParameters,
};
const filter = {
    parameterPath: ["options", "filter"],
    mapper: {
        serializedName: "$filter",
        type: {
            name: "String",
        },
    },
};
const nextLink = {
    parameterPath: "nextLink",
    mapper: {
        serializedName: "nextLink",
        required: true,
        type: {
            name: "String",
        },
    },
    skipEncoding: true,
};
const parameters_location = {
    parameterPath: "location",
    mapper: {
        serializedName: "location",
        required: true,
        type: {
            name: "String",
        },
    },
};
const skus = {
    parameterPath: "skus",
    mapper: CheckSkuAvailabilityParameter,
};
const kind = {
    parameterPath: "kind",
    mapper: CheckSkuAvailabilityParameter,
};
const typeParam = {
    parameterPath: "typeParam",
    mapper: CheckSkuAvailabilityParameter,
};
const subdomainName = {
    parameterPath: "subdomainName",
    mapper: CheckDomainAvailabilityParameter,
};
const typeParam1 = {
    parameterPath: "typeParam",
    mapper: CheckDomainAvailabilityParameter,
};
const kind1 = {
    parameterPath: ["options", "kind"],
    mapper: CheckDomainAvailabilityParameter,
};
const model = {
    parameterPath: ["options", "model"],
    mapper: CalculateModelCapacityParameter,
};
const skuName = {
    parameterPath: ["options", "skuName"],
    mapper: CalculateModelCapacityParameter,
};
const workloads = {
    parameterPath: ["options", "workloads"],
    mapper: CalculateModelCapacityParameter,
};
const modelFormat = {
    parameterPath: "modelFormat",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"),
        },
        serializedName: "modelFormat",
        required: true,
        type: {
            name: "String",
        },
    },
};
const modelName = {
    parameterPath: "modelName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"),
        },
        serializedName: "modelName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const modelVersion = {
    parameterPath: "modelVersion",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"),
        },
        serializedName: "modelVersion",
        required: true,
        type: {
            name: "String",
        },
    },
};
const privateEndpointConnectionName = {
    parameterPath: "privateEndpointConnectionName",
    mapper: {
        serializedName: "privateEndpointConnectionName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const properties = {
    parameterPath: "properties",
    mapper: PrivateEndpointConnection,
};
const deploymentName = {
    parameterPath: "deploymentName",
    mapper: {
        serializedName: "deploymentName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const deployment = {
    parameterPath: "deployment",
    mapper: Deployment,
};
const deployment1 = {
    parameterPath: "deployment",
    mapper: PatchResourceTagsAndSku,
};
const commitmentPlanName = {
    parameterPath: "commitmentPlanName",
    mapper: {
        serializedName: "commitmentPlanName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const commitmentPlan = {
    parameterPath: "commitmentPlan",
    mapper: CommitmentPlan,
};
const commitmentPlanName1 = {
    parameterPath: "commitmentPlanName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"),
        },
        serializedName: "commitmentPlanName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const commitmentPlan1 = {
    parameterPath: "commitmentPlan",
    mapper: PatchResourceTagsAndSku,
};
const commitmentPlanAssociationName = {
    parameterPath: "commitmentPlanAssociationName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"),
        },
        serializedName: "commitmentPlanAssociationName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const association = {
    parameterPath: "association",
    mapper: CommitmentPlanAccountAssociation,
};
const encryptionScopeName = {
    parameterPath: "encryptionScopeName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"),
        },
        serializedName: "encryptionScopeName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const encryptionScope = {
    parameterPath: "encryptionScope",
    mapper: EncryptionScope,
};
const raiPolicyName = {
    parameterPath: "raiPolicyName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"),
        },
        serializedName: "raiPolicyName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const raiPolicy = {
    parameterPath: "raiPolicy",
    mapper: RaiPolicy,
};
const raiBlocklistName = {
    parameterPath: "raiBlocklistName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"),
        },
        serializedName: "raiBlocklistName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const raiBlocklist = {
    parameterPath: "raiBlocklist",
    mapper: RaiBlocklist,
};
const raiBlocklistItemName = {
    parameterPath: "raiBlocklistItemName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"),
        },
        serializedName: "raiBlocklistItemName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const raiBlocklistItem = {
    parameterPath: "raiBlocklistItem",
    mapper: RaiBlocklistItem,
};
const raiBlocklistItems = {
    parameterPath: "raiBlocklistItems",
    mapper: {
        serializedName: "raiBlocklistItems",
        required: true,
        type: {
            name: "Sequence",
            element: {
                type: {
                    name: "Composite",
                    className: "RaiBlocklistItemBulkRequest",
                },
            },
        },
    },
};
const raiBlocklistItemsNames = {
    parameterPath: "raiBlocklistItemsNames",
    mapper: {
        serializedName: "raiBlocklistItemsNames",
        required: true,
        type: {
            name: "Sequence",
            element: {
                type: {
                    name: "String",
                },
            },
        },
    },
};
const raiTopicName = {
    parameterPath: "raiTopicName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"),
        },
        serializedName: "raiTopicName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const raiTopic = {
    parameterPath: "raiTopic",
    mapper: RaiTopic,
};
const filterName = {
    parameterPath: "filterName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"),
        },
        serializedName: "filterName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const nspConfigurationName = {
    parameterPath: "nspConfigurationName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^.*$"),
        },
        serializedName: "nspConfigurationName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const defenderForAISettingName = {
    parameterPath: "defenderForAISettingName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"),
        },
        serializedName: "defenderForAISettingName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const defenderForAISettings = {
    parameterPath: "defenderForAISettings",
    mapper: DefenderForAISetting,
};
const project = {
    parameterPath: "project",
    mapper: Project,
};
const projectName = {
    parameterPath: "projectName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"),
            MaxLength: 64,
            MinLength: 2,
        },
        serializedName: "projectName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const connectionName = {
    parameterPath: "connectionName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$"),
        },
        serializedName: "connectionName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const connection = {
    parameterPath: ["options", "connection"],
    mapper: ConnectionUpdateContent,
};
const connection1 = {
    parameterPath: ["options", "connection"],
    mapper: ConnectionPropertiesV2BasicResource,
};
const target = {
    parameterPath: ["options", "target"],
    mapper: {
        serializedName: "target",
        type: {
            name: "String",
        },
    },
};
const category = {
    parameterPath: ["options", "category"],
    mapper: {
        serializedName: "category",
        type: {
            name: "String",
        },
    },
};
const includeAll = {
    parameterPath: ["options", "includeAll"],
    mapper: {
        defaultValue: false,
        serializedName: "includeAll",
        type: {
            name: "Boolean",
        },
    },
};
const capabilityHostName = {
    parameterPath: "capabilityHostName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9\\-_]{0,254}$"),
        },
        serializedName: "capabilityHostName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const capabilityHost = {
    parameterPath: "capabilityHost",
    mapper: CapabilityHost,
};
const capabilityHost1 = {
    parameterPath: "capabilityHost",
    mapper: ProjectCapabilityHost,
};
const defaultParam = {
    parameterPath: "defaultParam",
    mapper: {
        serializedName: "default",
        required: true,
        type: {
            name: "String",
        },
    },
};
const tier = {
    parameterPath: "tier",
    mapper: QuotaTier,
};
//# sourceMappingURL=parameters.js.map
// EXTERNAL MODULE: ../../node_modules/@azure/core-lro/dist/esm/index.js + 10 modules
var core_lro_dist_esm = __webpack_require__(2508);
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/lroImpl.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
function createLroSpec(inputs) {
    const { args, spec, sendOperationFn } = inputs;
    return {
        requestMethod: spec.httpMethod,
        requestPath: spec.path,
        sendInitialRequest: () => sendOperationFn(args, spec),
        sendPollRequest: (path, options) => {
            const { requestBody, ...restSpec } = spec;
            return sendOperationFn(args, {
                ...restSpec,
                httpMethod: "GET",
                path,
                abortSignal: options?.abortSignal,
            });
        },
    };
}
//# sourceMappingURL=lroImpl.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/accounts.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing Accounts operations. */
class AccountsImpl {
    client;
    /**
     * Initialize a new instance of the class Accounts class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Returns all the resources of a particular type belonging to a resource group
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param options The options parameters.
     */
    listByResourceGroup(resourceGroupName, options) {
        const iter = this.listByResourceGroupPagingAll(resourceGroupName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listByResourceGroupPagingPage(resourceGroupName, options, settings);
            },
        };
    }
    async *listByResourceGroupPagingPage(resourceGroupName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listByResourceGroup(resourceGroupName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listByResourceGroupNext(resourceGroupName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listByResourceGroupPagingAll(resourceGroupName, options) {
        for await (const page of this.listByResourceGroupPagingPage(resourceGroupName, options)) {
            yield* page;
        }
    }
    /**
     * Returns all the resources of a particular type belonging to a subscription.
     * @param options The options parameters.
     */
    list(options) {
        const iter = this.listPagingAll(options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(options, settings);
            },
        };
    }
    async *listPagingPage(options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(options) {
        for await (const page of this.listPagingPage(options)) {
            yield* page;
        }
    }
    /**
     * List available Models for the requested Cognitive Services account
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    listModels(resourceGroupName, accountName, options) {
        const iter = this.listModelsPagingAll(resourceGroupName, accountName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listModelsPagingPage(resourceGroupName, accountName, options, settings);
            },
        };
    }
    async *listModelsPagingPage(resourceGroupName, accountName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listModels(resourceGroupName, accountName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listModelsNext(resourceGroupName, accountName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listModelsPagingAll(resourceGroupName, accountName, options) {
        for await (const page of this.listModelsPagingPage(resourceGroupName, accountName, options)) {
            yield* page;
        }
    }
    /**
     * Create Cognitive Services Account. Accounts is a resource group wide resource type. It holds the
     * keys for developer to access intelligent APIs. It's also the resource type for billing.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param account The parameters to provide for the created account.
     * @param options The options parameters.
     */
    async beginCreate(resourceGroupName, accountName, account, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, accountName, account, options },
            spec: createOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Create Cognitive Services Account. Accounts is a resource group wide resource type. It holds the
     * keys for developer to access intelligent APIs. It's also the resource type for billing.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param account The parameters to provide for the created account.
     * @param options The options parameters.
     */
    async beginCreateAndWait(resourceGroupName, accountName, account, options) {
        const poller = await this.beginCreate(resourceGroupName, accountName, account, options);
        return poller.pollUntilDone();
    }
    /**
     * Updates a Cognitive Services account
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param account The parameters to provide for the created account.
     * @param options The options parameters.
     */
    async beginUpdate(resourceGroupName, accountName, account, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, accountName, account, options },
            spec: updateOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Updates a Cognitive Services account
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param account The parameters to provide for the created account.
     * @param options The options parameters.
     */
    async beginUpdateAndWait(resourceGroupName, accountName, account, options) {
        const poller = await this.beginUpdate(resourceGroupName, accountName, account, options);
        return poller.pollUntilDone();
    }
    /**
     * Deletes a Cognitive Services account from the resource group.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, accountName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, accountName, options },
            spec: deleteOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Deletes a Cognitive Services account from the resource group.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, accountName, options) {
        const poller = await this.beginDelete(resourceGroupName, accountName, options);
        return poller.pollUntilDone();
    }
    /**
     * Returns a Cognitive Services account specified by the parameters.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    get(resourceGroupName, accountName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, options }, getOperationSpec);
    }
    /**
     * Returns all the resources of a particular type belonging to a resource group
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param options The options parameters.
     */
    _listByResourceGroup(resourceGroupName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, options }, listByResourceGroupOperationSpec);
    }
    /**
     * Returns all the resources of a particular type belonging to a subscription.
     * @param options The options parameters.
     */
    _list(options) {
        return this.client.sendOperationRequest({ options }, listOperationSpec);
    }
    /**
     * Lists the account keys for the specified Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    listKeys(resourceGroupName, accountName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, options }, listKeysOperationSpec);
    }
    /**
     * Regenerates the specified account key for the specified Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param keyName key name to generate (Key1|Key2)
     * @param options The options parameters.
     */
    regenerateKey(resourceGroupName, accountName, keyName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, keyName, options }, regenerateKeyOperationSpec);
    }
    /**
     * List available SKUs for the requested Cognitive Services account
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    listSkus(resourceGroupName, accountName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, options }, listSkusOperationSpec);
    }
    /**
     * Get usages for the requested Cognitive Services account
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    listUsages(resourceGroupName, accountName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, options }, listUsagesOperationSpec);
    }
    /**
     * List available Models for the requested Cognitive Services account
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    _listModels(resourceGroupName, accountName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, options }, listModelsOperationSpec);
    }
    /**
     * ListByResourceGroupNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param nextLink The nextLink from the previous successful call to the ListByResourceGroup method.
     * @param options The options parameters.
     */
    _listByResourceGroupNext(resourceGroupName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, nextLink, options }, listByResourceGroupNextOperationSpec);
    }
    /**
     * ListNext
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(nextLink, options) {
        return this.client.sendOperationRequest({ nextLink, options }, listNextOperationSpec);
    }
    /**
     * ListModelsNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param nextLink The nextLink from the previous successful call to the ListModels method.
     * @param options The options parameters.
     */
    _listModelsNext(resourceGroupName, accountName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, nextLink, options }, listModelsNextOperationSpec);
    }
}
// Operation Specifications
const serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const createOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: Account,
        },
        201: {
            bodyMapper: Account,
        },
        202: {
            bodyMapper: Account,
        },
        204: {
            bodyMapper: Account,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: account,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer,
};
const updateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}",
    httpMethod: "PATCH",
    responses: {
        200: {
            bodyMapper: Account,
        },
        201: {
            bodyMapper: Account,
        },
        202: {
            bodyMapper: Account,
        },
        204: {
            bodyMapper: Account,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: account,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer,
};
const deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        201: {},
        202: {},
        204: {},
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [accept],
    serializer,
};
const getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: Account,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [accept],
    serializer,
};
const listByResourceGroupOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: AccountListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, resourceGroupName, subscriptionId],
    headerParameters: [accept],
    serializer,
};
const listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/accounts",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: AccountListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId],
    headerParameters: [accept],
    serializer,
};
const listKeysOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/listKeys",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: ApiKeys,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [accept],
    serializer,
};
const regenerateKeyOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/regenerateKey",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: ApiKeys,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: {
        parameterPath: { keyName: ["keyName"] },
        mapper: { ...RegenerateKeyParameters, required: true },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer,
};
const listSkusOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/skus",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: AccountSkuListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [accept],
    serializer,
};
const listUsagesOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/usages",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: UsageListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion, filter],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [accept],
    serializer,
};
const listModelsOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/models",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: AccountModelListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [accept],
    serializer,
};
const listByResourceGroupNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: AccountListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        resourceGroupName,
        subscriptionId,
        nextLink,
    ],
    headerParameters: [accept],
    serializer,
};
const listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: AccountListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [$host, subscriptionId, nextLink],
    headerParameters: [accept],
    serializer,
};
const listModelsNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: AccountModelListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        nextLink,
    ],
    headerParameters: [accept],
    serializer,
};
//# sourceMappingURL=accounts.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/deletedAccounts.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing DeletedAccounts operations. */
class DeletedAccountsImpl {
    client;
    /**
     * Initialize a new instance of the class DeletedAccounts class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Returns all the resources of a particular type belonging to a subscription.
     * @param options The options parameters.
     */
    list(options) {
        const iter = this.listPagingAll(options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(options, settings);
            },
        };
    }
    async *listPagingPage(options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(options) {
        for await (const page of this.listPagingPage(options)) {
            yield* page;
        }
    }
    /**
     * Returns a Cognitive Services account specified by the parameters.
     * @param location Resource location.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    get(location, resourceGroupName, accountName, options) {
        return this.client.sendOperationRequest({ location, resourceGroupName, accountName, options }, deletedAccounts_getOperationSpec);
    }
    /**
     * Deletes a Cognitive Services account from the resource group.
     * @param location Resource location.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    async beginPurge(location, resourceGroupName, accountName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { location, resourceGroupName, accountName, options },
            spec: purgeOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Deletes a Cognitive Services account from the resource group.
     * @param location Resource location.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    async beginPurgeAndWait(location, resourceGroupName, accountName, options) {
        const poller = await this.beginPurge(location, resourceGroupName, accountName, options);
        return poller.pollUntilDone();
    }
    /**
     * Returns all the resources of a particular type belonging to a subscription.
     * @param options The options parameters.
     */
    _list(options) {
        return this.client.sendOperationRequest({ options }, deletedAccounts_listOperationSpec);
    }
    /**
     * ListNext
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(nextLink, options) {
        return this.client.sendOperationRequest({ nextLink, options }, deletedAccounts_listNextOperationSpec);
    }
}
// Operation Specifications
const deletedAccounts_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const deletedAccounts_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/locations/{location}/resourceGroups/{resourceGroupName}/deletedAccounts/{accountName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: Account,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        parameters_location,
    ],
    headerParameters: [accept],
    serializer: deletedAccounts_serializer,
};
const purgeOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/locations/{location}/resourceGroups/{resourceGroupName}/deletedAccounts/{accountName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        201: {},
        202: {},
        204: {},
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        parameters_location,
    ],
    headerParameters: [accept],
    serializer: deletedAccounts_serializer,
};
const deletedAccounts_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/deletedAccounts",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: AccountListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId],
    headerParameters: [accept],
    serializer: deletedAccounts_serializer,
};
const deletedAccounts_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: AccountListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [$host, subscriptionId, nextLink],
    headerParameters: [accept],
    serializer: deletedAccounts_serializer,
};
//# sourceMappingURL=deletedAccounts.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/resourceSkus.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing ResourceSkus operations. */
class ResourceSkusImpl {
    client;
    /**
     * Initialize a new instance of the class ResourceSkus class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Gets the list of Microsoft.CognitiveServices SKUs available for your Subscription.
     * @param options The options parameters.
     */
    list(options) {
        const iter = this.listPagingAll(options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(options, settings);
            },
        };
    }
    async *listPagingPage(options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(options) {
        for await (const page of this.listPagingPage(options)) {
            yield* page;
        }
    }
    /**
     * Gets the list of Microsoft.CognitiveServices SKUs available for your Subscription.
     * @param options The options parameters.
     */
    _list(options) {
        return this.client.sendOperationRequest({ options }, resourceSkus_listOperationSpec);
    }
    /**
     * ListNext
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(nextLink, options) {
        return this.client.sendOperationRequest({ nextLink, options }, resourceSkus_listNextOperationSpec);
    }
}
// Operation Specifications
const resourceSkus_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const resourceSkus_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/skus",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ResourceSkuListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId],
    headerParameters: [accept],
    serializer: resourceSkus_serializer,
};
const resourceSkus_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ResourceSkuListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [$host, subscriptionId, nextLink],
    headerParameters: [accept],
    serializer: resourceSkus_serializer,
};
//# sourceMappingURL=resourceSkus.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/usages.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing Usages operations. */
class UsagesImpl {
    client;
    /**
     * Initialize a new instance of the class Usages class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get usages for the requested subscription
     * @param location Resource location.
     * @param options The options parameters.
     */
    list(location, options) {
        const iter = this.listPagingAll(location, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(location, options, settings);
            },
        };
    }
    async *listPagingPage(location, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(location, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(location, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(location, options) {
        for await (const page of this.listPagingPage(location, options)) {
            yield* page;
        }
    }
    /**
     * Get usages for the requested subscription
     * @param location Resource location.
     * @param options The options parameters.
     */
    _list(location, options) {
        return this.client.sendOperationRequest({ location, options }, usages_listOperationSpec);
    }
    /**
     * ListNext
     * @param location Resource location.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(location, nextLink, options) {
        return this.client.sendOperationRequest({ location, nextLink, options }, usages_listNextOperationSpec);
    }
}
// Operation Specifications
const usages_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const usages_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/locations/{location}/usages",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: UsageListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion, filter],
    urlParameters: [$host, subscriptionId, parameters_location],
    headerParameters: [accept],
    serializer: usages_serializer,
};
const usages_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: UsageListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        nextLink,
        parameters_location,
    ],
    headerParameters: [accept],
    serializer: usages_serializer,
};
//# sourceMappingURL=usages.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing Operations operations. */
class OperationsImpl {
    client;
    /**
     * Initialize a new instance of the class Operations class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Lists all the available Cognitive Services account operations.
     * @param options The options parameters.
     */
    list(options) {
        const iter = this.listPagingAll(options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(options, settings);
            },
        };
    }
    async *listPagingPage(options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(options) {
        for await (const page of this.listPagingPage(options)) {
            yield* page;
        }
    }
    /**
     * Lists all the available Cognitive Services account operations.
     * @param options The options parameters.
     */
    _list(options) {
        return this.client.sendOperationRequest({ options }, operations_listOperationSpec);
    }
    /**
     * ListNext
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(nextLink, options) {
        return this.client.sendOperationRequest({ nextLink, options }, operations_listNextOperationSpec);
    }
}
// Operation Specifications
const operations_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const operations_listOperationSpec = {
    path: "/providers/Microsoft.CognitiveServices/operations",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: OperationListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host],
    headerParameters: [accept],
    serializer: operations_serializer,
};
const operations_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: OperationListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [$host, nextLink],
    headerParameters: [accept],
    serializer: operations_serializer,
};
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/commitmentTiers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing CommitmentTiers operations. */
class CommitmentTiersImpl {
    client;
    /**
     * Initialize a new instance of the class CommitmentTiers class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * List Commitment Tiers.
     * @param location Resource location.
     * @param options The options parameters.
     */
    list(location, options) {
        const iter = this.listPagingAll(location, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(location, options, settings);
            },
        };
    }
    async *listPagingPage(location, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(location, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(location, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(location, options) {
        for await (const page of this.listPagingPage(location, options)) {
            yield* page;
        }
    }
    /**
     * List Commitment Tiers.
     * @param location Resource location.
     * @param options The options parameters.
     */
    _list(location, options) {
        return this.client.sendOperationRequest({ location, options }, commitmentTiers_listOperationSpec);
    }
    /**
     * ListNext
     * @param location Resource location.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(location, nextLink, options) {
        return this.client.sendOperationRequest({ location, nextLink, options }, commitmentTiers_listNextOperationSpec);
    }
}
// Operation Specifications
const commitmentTiers_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const commitmentTiers_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/locations/{location}/commitmentTiers",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CommitmentTierListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId, parameters_location],
    headerParameters: [accept],
    serializer: commitmentTiers_serializer,
};
const commitmentTiers_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CommitmentTierListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        nextLink,
        parameters_location,
    ],
    headerParameters: [accept],
    serializer: commitmentTiers_serializer,
};
//# sourceMappingURL=commitmentTiers.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing Models operations. */
class ModelsImpl {
    client;
    /**
     * Initialize a new instance of the class Models class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * List Models.
     * @param location Resource location.
     * @param options The options parameters.
     */
    list(location, options) {
        const iter = this.listPagingAll(location, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(location, options, settings);
            },
        };
    }
    async *listPagingPage(location, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(location, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(location, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(location, options) {
        for await (const page of this.listPagingPage(location, options)) {
            yield* page;
        }
    }
    /**
     * List Models.
     * @param location Resource location.
     * @param options The options parameters.
     */
    _list(location, options) {
        return this.client.sendOperationRequest({ location, options }, models_listOperationSpec);
    }
    /**
     * ListNext
     * @param location Resource location.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(location, nextLink, options) {
        return this.client.sendOperationRequest({ location, nextLink, options }, models_listNextOperationSpec);
    }
}
// Operation Specifications
const models_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const models_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/locations/{location}/models",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ModelListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId, parameters_location],
    headerParameters: [accept],
    serializer: models_serializer,
};
const models_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ModelListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        nextLink,
        parameters_location,
    ],
    headerParameters: [accept],
    serializer: models_serializer,
};
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/locationBasedModelCapacities.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing LocationBasedModelCapacities operations. */
class LocationBasedModelCapacitiesImpl {
    client;
    /**
     * Initialize a new instance of the class LocationBasedModelCapacities class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * List Location Based ModelCapacities.
     * @param location Resource location.
     * @param modelFormat The format of the Model
     * @param modelName The name of the Model
     * @param modelVersion The version of the Model
     * @param options The options parameters.
     */
    list(location, modelFormat, modelName, modelVersion, options) {
        const iter = this.listPagingAll(location, modelFormat, modelName, modelVersion, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(location, modelFormat, modelName, modelVersion, options, settings);
            },
        };
    }
    async *listPagingPage(location, modelFormat, modelName, modelVersion, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(location, modelFormat, modelName, modelVersion, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(location, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(location, modelFormat, modelName, modelVersion, options) {
        for await (const page of this.listPagingPage(location, modelFormat, modelName, modelVersion, options)) {
            yield* page;
        }
    }
    /**
     * List Location Based ModelCapacities.
     * @param location Resource location.
     * @param modelFormat The format of the Model
     * @param modelName The name of the Model
     * @param modelVersion The version of the Model
     * @param options The options parameters.
     */
    _list(location, modelFormat, modelName, modelVersion, options) {
        return this.client.sendOperationRequest({ location, modelFormat, modelName, modelVersion, options }, locationBasedModelCapacities_listOperationSpec);
    }
    /**
     * ListNext
     * @param location Resource location.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(location, nextLink, options) {
        return this.client.sendOperationRequest({ location, nextLink, options }, locationBasedModelCapacities_listNextOperationSpec);
    }
}
// Operation Specifications
const locationBasedModelCapacities_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const locationBasedModelCapacities_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/locations/{location}/modelCapacities",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ModelCapacityListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [
        apiVersion,
        modelFormat,
        modelName,
        modelVersion,
    ],
    urlParameters: [$host, subscriptionId, parameters_location],
    headerParameters: [accept],
    serializer: locationBasedModelCapacities_serializer,
};
const locationBasedModelCapacities_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ModelCapacityListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        nextLink,
        parameters_location,
    ],
    headerParameters: [accept],
    serializer: locationBasedModelCapacities_serializer,
};
//# sourceMappingURL=locationBasedModelCapacities.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/modelCapacities.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing ModelCapacities operations. */
class ModelCapacitiesImpl {
    client;
    /**
     * Initialize a new instance of the class ModelCapacities class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * List ModelCapacities.
     * @param modelFormat The format of the Model
     * @param modelName The name of the Model
     * @param modelVersion The version of the Model
     * @param options The options parameters.
     */
    list(modelFormat, modelName, modelVersion, options) {
        const iter = this.listPagingAll(modelFormat, modelName, modelVersion, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(modelFormat, modelName, modelVersion, options, settings);
            },
        };
    }
    async *listPagingPage(modelFormat, modelName, modelVersion, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(modelFormat, modelName, modelVersion, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(modelFormat, modelName, modelVersion, options) {
        for await (const page of this.listPagingPage(modelFormat, modelName, modelVersion, options)) {
            yield* page;
        }
    }
    /**
     * List ModelCapacities.
     * @param modelFormat The format of the Model
     * @param modelName The name of the Model
     * @param modelVersion The version of the Model
     * @param options The options parameters.
     */
    _list(modelFormat, modelName, modelVersion, options) {
        return this.client.sendOperationRequest({ modelFormat, modelName, modelVersion, options }, modelCapacities_listOperationSpec);
    }
    /**
     * ListNext
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(nextLink, options) {
        return this.client.sendOperationRequest({ nextLink, options }, modelCapacities_listNextOperationSpec);
    }
}
// Operation Specifications
const modelCapacities_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const modelCapacities_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/modelCapacities",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ModelCapacityListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [
        apiVersion,
        modelFormat,
        modelName,
        modelVersion,
    ],
    urlParameters: [$host, subscriptionId],
    headerParameters: [accept],
    serializer: modelCapacities_serializer,
};
const modelCapacities_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ModelCapacityListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [$host, subscriptionId, nextLink],
    headerParameters: [accept],
    serializer: modelCapacities_serializer,
};
//# sourceMappingURL=modelCapacities.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/privateEndpointConnections.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





/** Class containing PrivateEndpointConnections operations. */
class PrivateEndpointConnectionsImpl {
    client;
    /**
     * Initialize a new instance of the class PrivateEndpointConnections class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Gets the private endpoint connections associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    list(resourceGroupName, accountName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, options }, privateEndpointConnections_listOperationSpec);
    }
    /**
     * Gets the specified private endpoint connection associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param privateEndpointConnectionName The name of the private endpoint connection associated with the
     *                                      Cognitive Services Account
     * @param options The options parameters.
     */
    get(resourceGroupName, accountName, privateEndpointConnectionName, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            accountName,
            privateEndpointConnectionName,
            options,
        }, privateEndpointConnections_getOperationSpec);
    }
    /**
     * Update the state of specified private endpoint connection associated with the Cognitive Services
     * account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param privateEndpointConnectionName The name of the private endpoint connection associated with the
     *                                      Cognitive Services Account
     * @param properties The private endpoint connection properties.
     * @param options The options parameters.
     */
    async beginCreateOrUpdate(resourceGroupName, accountName, privateEndpointConnectionName, properties, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                accountName,
                privateEndpointConnectionName,
                properties,
                options,
            },
            spec: createOrUpdateOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Update the state of specified private endpoint connection associated with the Cognitive Services
     * account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param privateEndpointConnectionName The name of the private endpoint connection associated with the
     *                                      Cognitive Services Account
     * @param properties The private endpoint connection properties.
     * @param options The options parameters.
     */
    async beginCreateOrUpdateAndWait(resourceGroupName, accountName, privateEndpointConnectionName, properties, options) {
        const poller = await this.beginCreateOrUpdate(resourceGroupName, accountName, privateEndpointConnectionName, properties, options);
        return poller.pollUntilDone();
    }
    /**
     * Deletes the specified private endpoint connection associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param privateEndpointConnectionName The name of the private endpoint connection associated with the
     *                                      Cognitive Services Account
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, accountName, privateEndpointConnectionName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                accountName,
                privateEndpointConnectionName,
                options,
            },
            spec: privateEndpointConnections_deleteOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Deletes the specified private endpoint connection associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param privateEndpointConnectionName The name of the private endpoint connection associated with the
     *                                      Cognitive Services Account
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, accountName, privateEndpointConnectionName, options) {
        const poller = await this.beginDelete(resourceGroupName, accountName, privateEndpointConnectionName, options);
        return poller.pollUntilDone();
    }
}
// Operation Specifications
const privateEndpointConnections_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const privateEndpointConnections_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/privateEndpointConnections",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: PrivateEndpointConnectionListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [accept],
    serializer: privateEndpointConnections_serializer,
};
const privateEndpointConnections_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/privateEndpointConnections/{privateEndpointConnectionName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: PrivateEndpointConnection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        privateEndpointConnectionName,
    ],
    headerParameters: [accept],
    serializer: privateEndpointConnections_serializer,
};
const createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/privateEndpointConnections/{privateEndpointConnectionName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: PrivateEndpointConnection,
        },
        201: {
            bodyMapper: PrivateEndpointConnection,
        },
        202: {
            bodyMapper: PrivateEndpointConnection,
        },
        204: {
            bodyMapper: PrivateEndpointConnection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: properties,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        privateEndpointConnectionName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: privateEndpointConnections_serializer,
};
const privateEndpointConnections_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/privateEndpointConnections/{privateEndpointConnectionName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        201: {},
        202: {},
        204: {},
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        privateEndpointConnectionName,
    ],
    headerParameters: [accept],
    serializer: privateEndpointConnections_serializer,
};
//# sourceMappingURL=privateEndpointConnections.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/privateLinkResources.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/** Class containing PrivateLinkResources operations. */
class PrivateLinkResourcesImpl {
    client;
    /**
     * Initialize a new instance of the class PrivateLinkResources class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Gets the private link resources that need to be created for a Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    list(resourceGroupName, accountName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, options }, privateLinkResources_listOperationSpec);
    }
}
// Operation Specifications
const privateLinkResources_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const privateLinkResources_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/privateLinkResources",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: PrivateLinkResourceListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [accept],
    serializer: privateLinkResources_serializer,
};
//# sourceMappingURL=privateLinkResources.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/deployments.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing Deployments operations. */
class DeploymentsImpl {
    client;
    /**
     * Initialize a new instance of the class Deployments class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Gets the deployments associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    list(resourceGroupName, accountName, options) {
        const iter = this.listPagingAll(resourceGroupName, accountName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, accountName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, accountName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, accountName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, accountName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, accountName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, accountName, options)) {
            yield* page;
        }
    }
    /**
     * Lists the specified deployments skus associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param deploymentName The name of the deployment associated with the Cognitive Services Account
     * @param options The options parameters.
     */
    listSkus(resourceGroupName, accountName, deploymentName, options) {
        const iter = this.listSkusPagingAll(resourceGroupName, accountName, deploymentName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listSkusPagingPage(resourceGroupName, accountName, deploymentName, options, settings);
            },
        };
    }
    async *listSkusPagingPage(resourceGroupName, accountName, deploymentName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listSkus(resourceGroupName, accountName, deploymentName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listSkusNext(resourceGroupName, accountName, deploymentName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listSkusPagingAll(resourceGroupName, accountName, deploymentName, options) {
        for await (const page of this.listSkusPagingPage(resourceGroupName, accountName, deploymentName, options)) {
            yield* page;
        }
    }
    /**
     * Gets the deployments associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    _list(resourceGroupName, accountName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, options }, deployments_listOperationSpec);
    }
    /**
     * Gets the specified deployments associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param deploymentName The name of the deployment associated with the Cognitive Services Account
     * @param options The options parameters.
     */
    get(resourceGroupName, accountName, deploymentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, deploymentName, options }, deployments_getOperationSpec);
    }
    /**
     * Update the state of specified deployments associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param deploymentName The name of the deployment associated with the Cognitive Services Account
     * @param deployment The deployment properties.
     * @param options The options parameters.
     */
    async beginCreateOrUpdate(resourceGroupName, accountName, deploymentName, deployment, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                accountName,
                deploymentName,
                deployment,
                options,
            },
            spec: deployments_createOrUpdateOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "azure-async-operation",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Update the state of specified deployments associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param deploymentName The name of the deployment associated with the Cognitive Services Account
     * @param deployment The deployment properties.
     * @param options The options parameters.
     */
    async beginCreateOrUpdateAndWait(resourceGroupName, accountName, deploymentName, deployment, options) {
        const poller = await this.beginCreateOrUpdate(resourceGroupName, accountName, deploymentName, deployment, options);
        return poller.pollUntilDone();
    }
    /**
     * Update specified deployments associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param deploymentName The name of the deployment associated with the Cognitive Services Account
     * @param deployment The deployment properties.
     * @param options The options parameters.
     */
    async beginUpdate(resourceGroupName, accountName, deploymentName, deployment, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                accountName,
                deploymentName,
                deployment,
                options,
            },
            spec: deployments_updateOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Update specified deployments associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param deploymentName The name of the deployment associated with the Cognitive Services Account
     * @param deployment The deployment properties.
     * @param options The options parameters.
     */
    async beginUpdateAndWait(resourceGroupName, accountName, deploymentName, deployment, options) {
        const poller = await this.beginUpdate(resourceGroupName, accountName, deploymentName, deployment, options);
        return poller.pollUntilDone();
    }
    /**
     * Deletes the specified deployment associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param deploymentName The name of the deployment associated with the Cognitive Services Account
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, accountName, deploymentName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, accountName, deploymentName, options },
            spec: deployments_deleteOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Deletes the specified deployment associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param deploymentName The name of the deployment associated with the Cognitive Services Account
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, accountName, deploymentName, options) {
        const poller = await this.beginDelete(resourceGroupName, accountName, deploymentName, options);
        return poller.pollUntilDone();
    }
    /**
     * Lists the specified deployments skus associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param deploymentName The name of the deployment associated with the Cognitive Services Account
     * @param options The options parameters.
     */
    _listSkus(resourceGroupName, accountName, deploymentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, deploymentName, options }, deployments_listSkusOperationSpec);
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, accountName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, nextLink, options }, deployments_listNextOperationSpec);
    }
    /**
     * ListSkusNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param deploymentName The name of the deployment associated with the Cognitive Services Account
     * @param nextLink The nextLink from the previous successful call to the ListSkus method.
     * @param options The options parameters.
     */
    _listSkusNext(resourceGroupName, accountName, deploymentName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, deploymentName, nextLink, options }, listSkusNextOperationSpec);
    }
}
// Operation Specifications
const deployments_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const deployments_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/deployments",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: DeploymentListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [accept],
    serializer: deployments_serializer,
};
const deployments_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/deployments/{deploymentName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: Deployment,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        deploymentName,
    ],
    headerParameters: [accept],
    serializer: deployments_serializer,
};
const deployments_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/deployments/{deploymentName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: Deployment,
        },
        201: {
            bodyMapper: Deployment,
        },
        202: {
            bodyMapper: Deployment,
        },
        204: {
            bodyMapper: Deployment,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: deployment,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        deploymentName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: deployments_serializer,
};
const deployments_updateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/deployments/{deploymentName}",
    httpMethod: "PATCH",
    responses: {
        200: {
            bodyMapper: Deployment,
        },
        201: {
            bodyMapper: Deployment,
        },
        202: {
            bodyMapper: Deployment,
        },
        204: {
            bodyMapper: Deployment,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: deployment1,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        deploymentName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: deployments_serializer,
};
const deployments_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/deployments/{deploymentName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        201: {},
        202: {},
        204: {},
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        deploymentName,
    ],
    headerParameters: [accept],
    serializer: deployments_serializer,
};
const deployments_listSkusOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/deployments/{deploymentName}/skus",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: DeploymentSkuListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        deploymentName,
    ],
    headerParameters: [accept],
    serializer: deployments_serializer,
};
const deployments_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: DeploymentListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: deployments_serializer,
};
const listSkusNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: DeploymentSkuListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        nextLink,
        deploymentName,
    ],
    headerParameters: [accept],
    serializer: deployments_serializer,
};
//# sourceMappingURL=deployments.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/commitmentPlans.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing CommitmentPlans operations. */
class CommitmentPlansImpl {
    client;
    /**
     * Initialize a new instance of the class CommitmentPlans class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Gets the commitmentPlans associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    list(resourceGroupName, accountName, options) {
        const iter = this.listPagingAll(resourceGroupName, accountName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, accountName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, accountName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, accountName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, accountName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, accountName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, accountName, options)) {
            yield* page;
        }
    }
    /**
     * Returns all the resources of a particular type belonging to a resource group
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param options The options parameters.
     */
    listPlansByResourceGroup(resourceGroupName, options) {
        const iter = this.listPlansByResourceGroupPagingAll(resourceGroupName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPlansByResourceGroupPagingPage(resourceGroupName, options, settings);
            },
        };
    }
    async *listPlansByResourceGroupPagingPage(resourceGroupName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listPlansByResourceGroup(resourceGroupName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listPlansByResourceGroupNext(resourceGroupName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPlansByResourceGroupPagingAll(resourceGroupName, options) {
        for await (const page of this.listPlansByResourceGroupPagingPage(resourceGroupName, options)) {
            yield* page;
        }
    }
    /**
     * Returns all the resources of a particular type belonging to a subscription.
     * @param options The options parameters.
     */
    listPlansBySubscription(options) {
        const iter = this.listPlansBySubscriptionPagingAll(options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPlansBySubscriptionPagingPage(options, settings);
            },
        };
    }
    async *listPlansBySubscriptionPagingPage(options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listPlansBySubscription(options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listPlansBySubscriptionNext(continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPlansBySubscriptionPagingAll(options) {
        for await (const page of this.listPlansBySubscriptionPagingPage(options)) {
            yield* page;
        }
    }
    /**
     * Gets the associations of the Cognitive Services commitment plan.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param commitmentPlanName The name of the commitmentPlan associated with the Cognitive Services
     *                           Account
     * @param options The options parameters.
     */
    listAssociations(resourceGroupName, commitmentPlanName, options) {
        const iter = this.listAssociationsPagingAll(resourceGroupName, commitmentPlanName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listAssociationsPagingPage(resourceGroupName, commitmentPlanName, options, settings);
            },
        };
    }
    async *listAssociationsPagingPage(resourceGroupName, commitmentPlanName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listAssociations(resourceGroupName, commitmentPlanName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listAssociationsNext(resourceGroupName, commitmentPlanName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listAssociationsPagingAll(resourceGroupName, commitmentPlanName, options) {
        for await (const page of this.listAssociationsPagingPage(resourceGroupName, commitmentPlanName, options)) {
            yield* page;
        }
    }
    /**
     * Gets the commitmentPlans associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    _list(resourceGroupName, accountName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, options }, commitmentPlans_listOperationSpec);
    }
    /**
     * Gets the specified commitmentPlans associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param commitmentPlanName The name of the commitmentPlan associated with the Cognitive Services
     *                           Account
     * @param options The options parameters.
     */
    get(resourceGroupName, accountName, commitmentPlanName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, commitmentPlanName, options }, commitmentPlans_getOperationSpec);
    }
    /**
     * Update the state of specified commitmentPlans associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param commitmentPlanName The name of the commitmentPlan associated with the Cognitive Services
     *                           Account
     * @param commitmentPlan The commitmentPlan properties.
     * @param options The options parameters.
     */
    createOrUpdate(resourceGroupName, accountName, commitmentPlanName, commitmentPlan, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            accountName,
            commitmentPlanName,
            commitmentPlan,
            options,
        }, commitmentPlans_createOrUpdateOperationSpec);
    }
    /**
     * Deletes the specified commitmentPlan associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param commitmentPlanName The name of the commitmentPlan associated with the Cognitive Services
     *                           Account
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, accountName, commitmentPlanName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, accountName, commitmentPlanName, options },
            spec: commitmentPlans_deleteOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Deletes the specified commitmentPlan associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param commitmentPlanName The name of the commitmentPlan associated with the Cognitive Services
     *                           Account
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, accountName, commitmentPlanName, options) {
        const poller = await this.beginDelete(resourceGroupName, accountName, commitmentPlanName, options);
        return poller.pollUntilDone();
    }
    /**
     * Create Cognitive Services commitment plan.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param commitmentPlanName The name of the commitmentPlan associated with the Cognitive Services
     *                           Account
     * @param commitmentPlan The parameters to provide for the created commitment plan.
     * @param options The options parameters.
     */
    async beginCreateOrUpdatePlan(resourceGroupName, commitmentPlanName, commitmentPlan, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, commitmentPlanName, commitmentPlan, options },
            spec: createOrUpdatePlanOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "azure-async-operation",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Create Cognitive Services commitment plan.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param commitmentPlanName The name of the commitmentPlan associated with the Cognitive Services
     *                           Account
     * @param commitmentPlan The parameters to provide for the created commitment plan.
     * @param options The options parameters.
     */
    async beginCreateOrUpdatePlanAndWait(resourceGroupName, commitmentPlanName, commitmentPlan, options) {
        const poller = await this.beginCreateOrUpdatePlan(resourceGroupName, commitmentPlanName, commitmentPlan, options);
        return poller.pollUntilDone();
    }
    /**
     * Create Cognitive Services commitment plan.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param commitmentPlanName The name of the commitmentPlan associated with the Cognitive Services
     *                           Account
     * @param commitmentPlan The parameters to provide for the created commitment plan.
     * @param options The options parameters.
     */
    async beginUpdatePlan(resourceGroupName, commitmentPlanName, commitmentPlan, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, commitmentPlanName, commitmentPlan, options },
            spec: updatePlanOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Create Cognitive Services commitment plan.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param commitmentPlanName The name of the commitmentPlan associated with the Cognitive Services
     *                           Account
     * @param commitmentPlan The parameters to provide for the created commitment plan.
     * @param options The options parameters.
     */
    async beginUpdatePlanAndWait(resourceGroupName, commitmentPlanName, commitmentPlan, options) {
        const poller = await this.beginUpdatePlan(resourceGroupName, commitmentPlanName, commitmentPlan, options);
        return poller.pollUntilDone();
    }
    /**
     * Deletes a Cognitive Services commitment plan from the resource group.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param commitmentPlanName The name of the commitmentPlan associated with the Cognitive Services
     *                           Account
     * @param options The options parameters.
     */
    async beginDeletePlan(resourceGroupName, commitmentPlanName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, commitmentPlanName, options },
            spec: deletePlanOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Deletes a Cognitive Services commitment plan from the resource group.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param commitmentPlanName The name of the commitmentPlan associated with the Cognitive Services
     *                           Account
     * @param options The options parameters.
     */
    async beginDeletePlanAndWait(resourceGroupName, commitmentPlanName, options) {
        const poller = await this.beginDeletePlan(resourceGroupName, commitmentPlanName, options);
        return poller.pollUntilDone();
    }
    /**
     * Returns a Cognitive Services commitment plan specified by the parameters.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param commitmentPlanName The name of the commitmentPlan associated with the Cognitive Services
     *                           Account
     * @param options The options parameters.
     */
    getPlan(resourceGroupName, commitmentPlanName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, commitmentPlanName, options }, getPlanOperationSpec);
    }
    /**
     * Returns all the resources of a particular type belonging to a resource group
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param options The options parameters.
     */
    _listPlansByResourceGroup(resourceGroupName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, options }, listPlansByResourceGroupOperationSpec);
    }
    /**
     * Returns all the resources of a particular type belonging to a subscription.
     * @param options The options parameters.
     */
    _listPlansBySubscription(options) {
        return this.client.sendOperationRequest({ options }, listPlansBySubscriptionOperationSpec);
    }
    /**
     * Gets the associations of the Cognitive Services commitment plan.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param commitmentPlanName The name of the commitmentPlan associated with the Cognitive Services
     *                           Account
     * @param options The options parameters.
     */
    _listAssociations(resourceGroupName, commitmentPlanName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, commitmentPlanName, options }, listAssociationsOperationSpec);
    }
    /**
     * Gets the association of the Cognitive Services commitment plan.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param commitmentPlanName The name of the commitmentPlan associated with the Cognitive Services
     *                           Account
     * @param commitmentPlanAssociationName The name of the commitment plan association with the Cognitive
     *                                      Services Account
     * @param options The options parameters.
     */
    getAssociation(resourceGroupName, commitmentPlanName, commitmentPlanAssociationName, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            commitmentPlanName,
            commitmentPlanAssociationName,
            options,
        }, getAssociationOperationSpec);
    }
    /**
     * Create or update the association of the Cognitive Services commitment plan.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param commitmentPlanName The name of the commitmentPlan associated with the Cognitive Services
     *                           Account
     * @param commitmentPlanAssociationName The name of the commitment plan association with the Cognitive
     *                                      Services Account
     * @param association The commitmentPlan properties.
     * @param options The options parameters.
     */
    async beginCreateOrUpdateAssociation(resourceGroupName, commitmentPlanName, commitmentPlanAssociationName, association, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                commitmentPlanName,
                commitmentPlanAssociationName,
                association,
                options,
            },
            spec: createOrUpdateAssociationOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "azure-async-operation",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Create or update the association of the Cognitive Services commitment plan.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param commitmentPlanName The name of the commitmentPlan associated with the Cognitive Services
     *                           Account
     * @param commitmentPlanAssociationName The name of the commitment plan association with the Cognitive
     *                                      Services Account
     * @param association The commitmentPlan properties.
     * @param options The options parameters.
     */
    async beginCreateOrUpdateAssociationAndWait(resourceGroupName, commitmentPlanName, commitmentPlanAssociationName, association, options) {
        const poller = await this.beginCreateOrUpdateAssociation(resourceGroupName, commitmentPlanName, commitmentPlanAssociationName, association, options);
        return poller.pollUntilDone();
    }
    /**
     * Deletes the association of the Cognitive Services commitment plan.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param commitmentPlanName The name of the commitmentPlan associated with the Cognitive Services
     *                           Account
     * @param commitmentPlanAssociationName The name of the commitment plan association with the Cognitive
     *                                      Services Account
     * @param options The options parameters.
     */
    async beginDeleteAssociation(resourceGroupName, commitmentPlanName, commitmentPlanAssociationName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                commitmentPlanName,
                commitmentPlanAssociationName,
                options,
            },
            spec: deleteAssociationOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Deletes the association of the Cognitive Services commitment plan.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param commitmentPlanName The name of the commitmentPlan associated with the Cognitive Services
     *                           Account
     * @param commitmentPlanAssociationName The name of the commitment plan association with the Cognitive
     *                                      Services Account
     * @param options The options parameters.
     */
    async beginDeleteAssociationAndWait(resourceGroupName, commitmentPlanName, commitmentPlanAssociationName, options) {
        const poller = await this.beginDeleteAssociation(resourceGroupName, commitmentPlanName, commitmentPlanAssociationName, options);
        return poller.pollUntilDone();
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, accountName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, nextLink, options }, commitmentPlans_listNextOperationSpec);
    }
    /**
     * ListPlansByResourceGroupNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param nextLink The nextLink from the previous successful call to the ListPlansByResourceGroup
     *                 method.
     * @param options The options parameters.
     */
    _listPlansByResourceGroupNext(resourceGroupName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, nextLink, options }, listPlansByResourceGroupNextOperationSpec);
    }
    /**
     * ListPlansBySubscriptionNext
     * @param nextLink The nextLink from the previous successful call to the ListPlansBySubscription
     *                 method.
     * @param options The options parameters.
     */
    _listPlansBySubscriptionNext(nextLink, options) {
        return this.client.sendOperationRequest({ nextLink, options }, listPlansBySubscriptionNextOperationSpec);
    }
    /**
     * ListAssociationsNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param commitmentPlanName The name of the commitmentPlan associated with the Cognitive Services
     *                           Account
     * @param nextLink The nextLink from the previous successful call to the ListAssociations method.
     * @param options The options parameters.
     */
    _listAssociationsNext(resourceGroupName, commitmentPlanName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, commitmentPlanName, nextLink, options }, listAssociationsNextOperationSpec);
    }
}
// Operation Specifications
const commitmentPlans_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const commitmentPlans_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/commitmentPlans",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CommitmentPlanListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [accept],
    serializer: commitmentPlans_serializer,
};
const commitmentPlans_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/commitmentPlans/{commitmentPlanName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CommitmentPlan,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        commitmentPlanName,
    ],
    headerParameters: [accept],
    serializer: commitmentPlans_serializer,
};
const commitmentPlans_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/commitmentPlans/{commitmentPlanName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: CommitmentPlan,
        },
        201: {
            bodyMapper: CommitmentPlan,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: commitmentPlan,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        commitmentPlanName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: commitmentPlans_serializer,
};
const commitmentPlans_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/commitmentPlans/{commitmentPlanName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        201: {},
        202: {},
        204: {},
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        commitmentPlanName,
    ],
    headerParameters: [accept],
    serializer: commitmentPlans_serializer,
};
const createOrUpdatePlanOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/commitmentPlans/{commitmentPlanName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: CommitmentPlan,
        },
        201: {
            bodyMapper: CommitmentPlan,
        },
        202: {
            bodyMapper: CommitmentPlan,
        },
        204: {
            bodyMapper: CommitmentPlan,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: commitmentPlan,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        subscriptionId,
        commitmentPlanName1,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: commitmentPlans_serializer,
};
const updatePlanOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/commitmentPlans/{commitmentPlanName}",
    httpMethod: "PATCH",
    responses: {
        200: {
            bodyMapper: CommitmentPlan,
        },
        201: {
            bodyMapper: CommitmentPlan,
        },
        202: {
            bodyMapper: CommitmentPlan,
        },
        204: {
            bodyMapper: CommitmentPlan,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: commitmentPlan1,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        subscriptionId,
        commitmentPlanName1,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: commitmentPlans_serializer,
};
const deletePlanOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/commitmentPlans/{commitmentPlanName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        201: {},
        202: {},
        204: {},
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        subscriptionId,
        commitmentPlanName1,
    ],
    headerParameters: [accept],
    serializer: commitmentPlans_serializer,
};
const getPlanOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/commitmentPlans/{commitmentPlanName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CommitmentPlan,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        subscriptionId,
        commitmentPlanName1,
    ],
    headerParameters: [accept],
    serializer: commitmentPlans_serializer,
};
const listPlansByResourceGroupOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/commitmentPlans",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CommitmentPlanListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, resourceGroupName, subscriptionId],
    headerParameters: [accept],
    serializer: commitmentPlans_serializer,
};
const listPlansBySubscriptionOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/commitmentPlans",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CommitmentPlanListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId],
    headerParameters: [accept],
    serializer: commitmentPlans_serializer,
};
const listAssociationsOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/commitmentPlans/{commitmentPlanName}/accountAssociations",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CommitmentPlanAccountAssociationListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        subscriptionId,
        commitmentPlanName1,
    ],
    headerParameters: [accept],
    serializer: commitmentPlans_serializer,
};
const getAssociationOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/commitmentPlans/{commitmentPlanName}/accountAssociations/{commitmentPlanAssociationName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CommitmentPlanAccountAssociation,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        subscriptionId,
        commitmentPlanName1,
        commitmentPlanAssociationName,
    ],
    headerParameters: [accept],
    serializer: commitmentPlans_serializer,
};
const createOrUpdateAssociationOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/commitmentPlans/{commitmentPlanName}/accountAssociations/{commitmentPlanAssociationName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: CommitmentPlanAccountAssociation,
        },
        201: {
            bodyMapper: CommitmentPlanAccountAssociation,
        },
        202: {
            bodyMapper: CommitmentPlanAccountAssociation,
        },
        204: {
            bodyMapper: CommitmentPlanAccountAssociation,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: association,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        subscriptionId,
        commitmentPlanName1,
        commitmentPlanAssociationName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: commitmentPlans_serializer,
};
const deleteAssociationOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/commitmentPlans/{commitmentPlanName}/accountAssociations/{commitmentPlanAssociationName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        201: {},
        202: {},
        204: {},
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        subscriptionId,
        commitmentPlanName1,
        commitmentPlanAssociationName,
    ],
    headerParameters: [accept],
    serializer: commitmentPlans_serializer,
};
const commitmentPlans_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CommitmentPlanListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: commitmentPlans_serializer,
};
const listPlansByResourceGroupNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CommitmentPlanListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        resourceGroupName,
        subscriptionId,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: commitmentPlans_serializer,
};
const listPlansBySubscriptionNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CommitmentPlanListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [$host, subscriptionId, nextLink],
    headerParameters: [accept],
    serializer: commitmentPlans_serializer,
};
const listAssociationsNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CommitmentPlanAccountAssociationListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        resourceGroupName,
        subscriptionId,
        nextLink,
        commitmentPlanName1,
    ],
    headerParameters: [accept],
    serializer: commitmentPlans_serializer,
};
//# sourceMappingURL=commitmentPlans.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/encryptionScopes.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing EncryptionScopes operations. */
class EncryptionScopesImpl {
    client;
    /**
     * Initialize a new instance of the class EncryptionScopes class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Gets the content filters associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    list(resourceGroupName, accountName, options) {
        const iter = this.listPagingAll(resourceGroupName, accountName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, accountName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, accountName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, accountName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, accountName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, accountName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, accountName, options)) {
            yield* page;
        }
    }
    /**
     * Gets the content filters associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    _list(resourceGroupName, accountName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, options }, encryptionScopes_listOperationSpec);
    }
    /**
     * Gets the specified EncryptionScope associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param encryptionScopeName The name of the encryptionScope associated with the Cognitive Services
     *                            Account
     * @param options The options parameters.
     */
    get(resourceGroupName, accountName, encryptionScopeName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, encryptionScopeName, options }, encryptionScopes_getOperationSpec);
    }
    /**
     * Update the state of specified encryptionScope associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param encryptionScopeName The name of the encryptionScope associated with the Cognitive Services
     *                            Account
     * @param encryptionScope The encryptionScope properties.
     * @param options The options parameters.
     */
    createOrUpdate(resourceGroupName, accountName, encryptionScopeName, encryptionScope, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            accountName,
            encryptionScopeName,
            encryptionScope,
            options,
        }, encryptionScopes_createOrUpdateOperationSpec);
    }
    /**
     * Deletes the specified encryptionScope associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param encryptionScopeName The name of the encryptionScope associated with the Cognitive Services
     *                            Account
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, accountName, encryptionScopeName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, accountName, encryptionScopeName, options },
            spec: encryptionScopes_deleteOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Deletes the specified encryptionScope associated with the Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param encryptionScopeName The name of the encryptionScope associated with the Cognitive Services
     *                            Account
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, accountName, encryptionScopeName, options) {
        const poller = await this.beginDelete(resourceGroupName, accountName, encryptionScopeName, options);
        return poller.pollUntilDone();
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, accountName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, nextLink, options }, encryptionScopes_listNextOperationSpec);
    }
}
// Operation Specifications
const encryptionScopes_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const encryptionScopes_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/encryptionScopes",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: EncryptionScopeListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [accept],
    serializer: encryptionScopes_serializer,
};
const encryptionScopes_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/encryptionScopes/{encryptionScopeName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: EncryptionScope,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        encryptionScopeName,
    ],
    headerParameters: [accept],
    serializer: encryptionScopes_serializer,
};
const encryptionScopes_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/encryptionScopes/{encryptionScopeName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: EncryptionScope,
        },
        201: {
            bodyMapper: EncryptionScope,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: encryptionScope,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        encryptionScopeName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: encryptionScopes_serializer,
};
const encryptionScopes_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/encryptionScopes/{encryptionScopeName}",
    httpMethod: "DELETE",
    responses: {
        200: {
            headersMapper: EncryptionScopesDeleteHeaders,
        },
        201: {
            headersMapper: EncryptionScopesDeleteHeaders,
        },
        202: {
            headersMapper: EncryptionScopesDeleteHeaders,
        },
        204: {
            headersMapper: EncryptionScopesDeleteHeaders,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        encryptionScopeName,
    ],
    headerParameters: [accept],
    serializer: encryptionScopes_serializer,
};
const encryptionScopes_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: EncryptionScopeListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: encryptionScopes_serializer,
};
//# sourceMappingURL=encryptionScopes.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/raiPolicies.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing RaiPolicies operations. */
class RaiPoliciesImpl {
    client;
    /**
     * Initialize a new instance of the class RaiPolicies class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Gets the content filters associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    list(resourceGroupName, accountName, options) {
        const iter = this.listPagingAll(resourceGroupName, accountName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, accountName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, accountName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, accountName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, accountName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, accountName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, accountName, options)) {
            yield* page;
        }
    }
    /**
     * Gets the content filters associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    _list(resourceGroupName, accountName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, options }, raiPolicies_listOperationSpec);
    }
    /**
     * Gets the specified Content Filters associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiPolicyName The name of the RaiPolicy associated with the Cognitive Services Account
     * @param options The options parameters.
     */
    get(resourceGroupName, accountName, raiPolicyName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, raiPolicyName, options }, raiPolicies_getOperationSpec);
    }
    /**
     * Update the state of specified Content Filters associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiPolicyName The name of the RaiPolicy associated with the Cognitive Services Account
     * @param raiPolicy Properties describing the Content Filters.
     * @param options The options parameters.
     */
    createOrUpdate(resourceGroupName, accountName, raiPolicyName, raiPolicy, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, raiPolicyName, raiPolicy, options }, raiPolicies_createOrUpdateOperationSpec);
    }
    /**
     * Deletes the specified Content Filters associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiPolicyName The name of the RaiPolicy associated with the Cognitive Services Account
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, accountName, raiPolicyName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, accountName, raiPolicyName, options },
            spec: raiPolicies_deleteOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Deletes the specified Content Filters associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiPolicyName The name of the RaiPolicy associated with the Cognitive Services Account
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, accountName, raiPolicyName, options) {
        const poller = await this.beginDelete(resourceGroupName, accountName, raiPolicyName, options);
        return poller.pollUntilDone();
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, accountName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, nextLink, options }, raiPolicies_listNextOperationSpec);
    }
}
// Operation Specifications
const raiPolicies_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const raiPolicies_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/raiPolicies",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: RaiPolicyListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [accept],
    serializer: raiPolicies_serializer,
};
const raiPolicies_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/raiPolicies/{raiPolicyName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: RaiPolicy,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        raiPolicyName,
    ],
    headerParameters: [accept],
    serializer: raiPolicies_serializer,
};
const raiPolicies_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/raiPolicies/{raiPolicyName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: RaiPolicy,
        },
        201: {
            bodyMapper: RaiPolicy,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: raiPolicy,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        raiPolicyName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: raiPolicies_serializer,
};
const raiPolicies_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/raiPolicies/{raiPolicyName}",
    httpMethod: "DELETE",
    responses: {
        200: {
            headersMapper: RaiPoliciesDeleteHeaders,
        },
        201: {
            headersMapper: RaiPoliciesDeleteHeaders,
        },
        202: {
            headersMapper: RaiPoliciesDeleteHeaders,
        },
        204: {
            headersMapper: RaiPoliciesDeleteHeaders,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        raiPolicyName,
    ],
    headerParameters: [accept],
    serializer: raiPolicies_serializer,
};
const raiPolicies_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: RaiPolicyListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: raiPolicies_serializer,
};
//# sourceMappingURL=raiPolicies.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/raiBlocklists.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing RaiBlocklists operations. */
class RaiBlocklistsImpl {
    client;
    /**
     * Initialize a new instance of the class RaiBlocklists class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Gets the custom blocklists associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    list(resourceGroupName, accountName, options) {
        const iter = this.listPagingAll(resourceGroupName, accountName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, accountName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, accountName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, accountName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, accountName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, accountName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, accountName, options)) {
            yield* page;
        }
    }
    /**
     * Gets the custom blocklists associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    _list(resourceGroupName, accountName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, options }, raiBlocklists_listOperationSpec);
    }
    /**
     * Gets the specified custom blocklist associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiBlocklistName The name of the RaiBlocklist associated with the Cognitive Services Account
     * @param options The options parameters.
     */
    get(resourceGroupName, accountName, raiBlocklistName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, raiBlocklistName, options }, raiBlocklists_getOperationSpec);
    }
    /**
     * Update the state of specified blocklist associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiBlocklistName The name of the RaiBlocklist associated with the Cognitive Services Account
     * @param raiBlocklist Properties describing the custom blocklist.
     * @param options The options parameters.
     */
    createOrUpdate(resourceGroupName, accountName, raiBlocklistName, raiBlocklist, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            accountName,
            raiBlocklistName,
            raiBlocklist,
            options,
        }, raiBlocklists_createOrUpdateOperationSpec);
    }
    /**
     * Deletes the specified custom blocklist associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiBlocklistName The name of the RaiBlocklist associated with the Cognitive Services Account
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, accountName, raiBlocklistName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, accountName, raiBlocklistName, options },
            spec: raiBlocklists_deleteOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Deletes the specified custom blocklist associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiBlocklistName The name of the RaiBlocklist associated with the Cognitive Services Account
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, accountName, raiBlocklistName, options) {
        const poller = await this.beginDelete(resourceGroupName, accountName, raiBlocklistName, options);
        return poller.pollUntilDone();
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, accountName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, nextLink, options }, raiBlocklists_listNextOperationSpec);
    }
}
// Operation Specifications
const raiBlocklists_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const raiBlocklists_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/raiBlocklists",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: RaiBlockListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [accept],
    serializer: raiBlocklists_serializer,
};
const raiBlocklists_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/raiBlocklists/{raiBlocklistName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: RaiBlocklist,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        raiBlocklistName,
    ],
    headerParameters: [accept],
    serializer: raiBlocklists_serializer,
};
const raiBlocklists_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/raiBlocklists/{raiBlocklistName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: RaiBlocklist,
        },
        201: {
            bodyMapper: RaiBlocklist,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: raiBlocklist,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        raiBlocklistName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: raiBlocklists_serializer,
};
const raiBlocklists_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/raiBlocklists/{raiBlocklistName}",
    httpMethod: "DELETE",
    responses: {
        200: {
            headersMapper: RaiBlocklistsDeleteHeaders,
        },
        201: {
            headersMapper: RaiBlocklistsDeleteHeaders,
        },
        202: {
            headersMapper: RaiBlocklistsDeleteHeaders,
        },
        204: {
            headersMapper: RaiBlocklistsDeleteHeaders,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        raiBlocklistName,
    ],
    headerParameters: [accept],
    serializer: raiBlocklists_serializer,
};
const raiBlocklists_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: RaiBlockListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: raiBlocklists_serializer,
};
//# sourceMappingURL=raiBlocklists.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/raiBlocklistItems.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing RaiBlocklistItems operations. */
class RaiBlocklistItemsImpl {
    client;
    /**
     * Initialize a new instance of the class RaiBlocklistItems class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Gets the blocklist items associated with the custom blocklist.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiBlocklistName The name of the RaiBlocklist associated with the Cognitive Services Account
     * @param options The options parameters.
     */
    list(resourceGroupName, accountName, raiBlocklistName, options) {
        const iter = this.listPagingAll(resourceGroupName, accountName, raiBlocklistName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, accountName, raiBlocklistName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, accountName, raiBlocklistName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, accountName, raiBlocklistName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, accountName, raiBlocklistName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, accountName, raiBlocklistName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, accountName, raiBlocklistName, options)) {
            yield* page;
        }
    }
    /**
     * Gets the blocklist items associated with the custom blocklist.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiBlocklistName The name of the RaiBlocklist associated with the Cognitive Services Account
     * @param options The options parameters.
     */
    _list(resourceGroupName, accountName, raiBlocklistName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, raiBlocklistName, options }, raiBlocklistItems_listOperationSpec);
    }
    /**
     * Gets the specified custom blocklist Item associated with the custom blocklist.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiBlocklistName The name of the RaiBlocklist associated with the Cognitive Services Account
     * @param raiBlocklistItemName The name of the RaiBlocklist Item associated with the custom blocklist
     * @param options The options parameters.
     */
    get(resourceGroupName, accountName, raiBlocklistName, raiBlocklistItemName, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            accountName,
            raiBlocklistName,
            raiBlocklistItemName,
            options,
        }, raiBlocklistItems_getOperationSpec);
    }
    /**
     * Update the state of specified blocklist item associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiBlocklistName The name of the RaiBlocklist associated with the Cognitive Services Account
     * @param raiBlocklistItemName The name of the RaiBlocklist Item associated with the custom blocklist
     * @param raiBlocklistItem Properties describing the custom blocklist.
     * @param options The options parameters.
     */
    createOrUpdate(resourceGroupName, accountName, raiBlocklistName, raiBlocklistItemName, raiBlocklistItem, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            accountName,
            raiBlocklistName,
            raiBlocklistItemName,
            raiBlocklistItem,
            options,
        }, raiBlocklistItems_createOrUpdateOperationSpec);
    }
    /**
     * Deletes the specified blocklist Item associated with the custom blocklist.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiBlocklistName The name of the RaiBlocklist associated with the Cognitive Services Account
     * @param raiBlocklistItemName The name of the RaiBlocklist Item associated with the custom blocklist
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, accountName, raiBlocklistName, raiBlocklistItemName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                accountName,
                raiBlocklistName,
                raiBlocklistItemName,
                options,
            },
            spec: raiBlocklistItems_deleteOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Deletes the specified blocklist Item associated with the custom blocklist.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiBlocklistName The name of the RaiBlocklist associated with the Cognitive Services Account
     * @param raiBlocklistItemName The name of the RaiBlocklist Item associated with the custom blocklist
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, accountName, raiBlocklistName, raiBlocklistItemName, options) {
        const poller = await this.beginDelete(resourceGroupName, accountName, raiBlocklistName, raiBlocklistItemName, options);
        return poller.pollUntilDone();
    }
    /**
     * Batch operation to add blocklist items.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiBlocklistName The name of the RaiBlocklist associated with the Cognitive Services Account
     * @param raiBlocklistItems Properties describing the custom blocklist items.
     * @param options The options parameters.
     */
    batchAdd(resourceGroupName, accountName, raiBlocklistName, raiBlocklistItems, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            accountName,
            raiBlocklistName,
            raiBlocklistItems,
            options,
        }, batchAddOperationSpec);
    }
    /**
     * Batch operation to delete blocklist items.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiBlocklistName The name of the RaiBlocklist associated with the Cognitive Services Account
     * @param raiBlocklistItemsNames List of RAI Blocklist Items Names.
     * @param options The options parameters.
     */
    batchDelete(resourceGroupName, accountName, raiBlocklistName, raiBlocklistItemsNames, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            accountName,
            raiBlocklistName,
            raiBlocklistItemsNames,
            options,
        }, batchDeleteOperationSpec);
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiBlocklistName The name of the RaiBlocklist associated with the Cognitive Services Account
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, accountName, raiBlocklistName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, raiBlocklistName, nextLink, options }, raiBlocklistItems_listNextOperationSpec);
    }
}
// Operation Specifications
const raiBlocklistItems_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const raiBlocklistItems_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/raiBlocklists/{raiBlocklistName}/raiBlocklistItems",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: RaiBlockListItemsResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        raiBlocklistName,
    ],
    headerParameters: [accept],
    serializer: raiBlocklistItems_serializer,
};
const raiBlocklistItems_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/raiBlocklists/{raiBlocklistName}/raiBlocklistItems/{raiBlocklistItemName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: RaiBlocklistItem,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        raiBlocklistName,
        raiBlocklistItemName,
    ],
    headerParameters: [accept],
    serializer: raiBlocklistItems_serializer,
};
const raiBlocklistItems_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/raiBlocklists/{raiBlocklistName}/raiBlocklistItems/{raiBlocklistItemName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: RaiBlocklistItem,
        },
        201: {
            bodyMapper: RaiBlocklistItem,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: raiBlocklistItem,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        raiBlocklistName,
        raiBlocklistItemName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: raiBlocklistItems_serializer,
};
const raiBlocklistItems_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/raiBlocklists/{raiBlocklistName}/raiBlocklistItems/{raiBlocklistItemName}",
    httpMethod: "DELETE",
    responses: {
        200: {
            headersMapper: RaiBlocklistItemsDeleteHeaders,
        },
        201: {
            headersMapper: RaiBlocklistItemsDeleteHeaders,
        },
        202: {
            headersMapper: RaiBlocklistItemsDeleteHeaders,
        },
        204: {
            headersMapper: RaiBlocklistItemsDeleteHeaders,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        raiBlocklistName,
        raiBlocklistItemName,
    ],
    headerParameters: [accept],
    serializer: raiBlocklistItems_serializer,
};
const batchAddOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/raiBlocklists/{raiBlocklistName}/addRaiBlocklistItems",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: RaiBlocklist,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: raiBlocklistItems,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        raiBlocklistName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: raiBlocklistItems_serializer,
};
const batchDeleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/raiBlocklists/{raiBlocklistName}/deleteRaiBlocklistItems",
    httpMethod: "POST",
    responses: {
        204: {},
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: raiBlocklistItemsNames,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        raiBlocklistName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: raiBlocklistItems_serializer,
};
const raiBlocklistItems_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: RaiBlockListItemsResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        nextLink,
        raiBlocklistName,
    ],
    headerParameters: [accept],
    serializer: raiBlocklistItems_serializer,
};
//# sourceMappingURL=raiBlocklistItems.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/raiTopics.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing RaiTopics operations. */
class RaiTopicsImpl {
    client;
    /**
     * Initialize a new instance of the class RaiTopics class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Gets the custom topics associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    list(resourceGroupName, accountName, options) {
        const iter = this.listPagingAll(resourceGroupName, accountName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, accountName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, accountName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, accountName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, accountName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, accountName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, accountName, options)) {
            yield* page;
        }
    }
    /**
     * Gets the specified custom topic associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiTopicName The name of the Rai Topic associated with the Cognitive Services Account
     * @param options The options parameters.
     */
    get(resourceGroupName, accountName, raiTopicName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, raiTopicName, options }, raiTopics_getOperationSpec);
    }
    /**
     * Create the rai topic associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiTopicName The name of the Rai Topic associated with the Cognitive Services Account
     * @param raiTopic Properties describing the rai topic.
     * @param options The options parameters.
     */
    createOrUpdate(resourceGroupName, accountName, raiTopicName, raiTopic, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, raiTopicName, raiTopic, options }, raiTopics_createOrUpdateOperationSpec);
    }
    /**
     * Deletes the specified custom topic associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiTopicName The name of the Rai Topic associated with the Cognitive Services Account
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, accountName, raiTopicName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, accountName, raiTopicName, options },
            spec: raiTopics_deleteOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Deletes the specified custom topic associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param raiTopicName The name of the Rai Topic associated with the Cognitive Services Account
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, accountName, raiTopicName, options) {
        const poller = await this.beginDelete(resourceGroupName, accountName, raiTopicName, options);
        return poller.pollUntilDone();
    }
    /**
     * Gets the custom topics associated with the Azure OpenAI account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    _list(resourceGroupName, accountName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, options }, raiTopics_listOperationSpec);
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, accountName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, nextLink, options }, raiTopics_listNextOperationSpec);
    }
}
// Operation Specifications
const raiTopics_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const raiTopics_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/raitopics/{raiTopicName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: RaiTopic,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        raiTopicName,
    ],
    headerParameters: [accept],
    serializer: raiTopics_serializer,
};
const raiTopics_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/raitopics/{raiTopicName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: RaiTopic,
        },
        201: {
            bodyMapper: RaiTopic,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: raiTopic,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        raiTopicName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: raiTopics_serializer,
};
const raiTopics_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/raitopics/{raiTopicName}",
    httpMethod: "DELETE",
    responses: {
        200: {
            headersMapper: RaiTopicsDeleteHeaders,
        },
        201: {
            headersMapper: RaiTopicsDeleteHeaders,
        },
        202: {
            headersMapper: RaiTopicsDeleteHeaders,
        },
        204: {
            headersMapper: RaiTopicsDeleteHeaders,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        raiTopicName,
    ],
    headerParameters: [accept],
    serializer: raiTopics_serializer,
};
const raiTopics_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/raitopics",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: RaiTopicResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [accept],
    serializer: raiTopics_serializer,
};
const raiTopics_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: RaiTopicResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: raiTopics_serializer,
};
//# sourceMappingURL=raiTopics.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/raiContentFilters.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing RaiContentFilters operations. */
class RaiContentFiltersImpl {
    client;
    /**
     * Initialize a new instance of the class RaiContentFilters class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * List Content Filters types.
     * @param location Resource location.
     * @param options The options parameters.
     */
    list(location, options) {
        const iter = this.listPagingAll(location, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(location, options, settings);
            },
        };
    }
    async *listPagingPage(location, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(location, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(location, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(location, options) {
        for await (const page of this.listPagingPage(location, options)) {
            yield* page;
        }
    }
    /**
     * List Content Filters types.
     * @param location Resource location.
     * @param options The options parameters.
     */
    _list(location, options) {
        return this.client.sendOperationRequest({ location, options }, raiContentFilters_listOperationSpec);
    }
    /**
     * Get Content Filters by Name.
     * @param location Resource location.
     * @param filterName The name of the RAI Content Filter.
     * @param options The options parameters.
     */
    get(location, filterName, options) {
        return this.client.sendOperationRequest({ location, filterName, options }, raiContentFilters_getOperationSpec);
    }
    /**
     * ListNext
     * @param location Resource location.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(location, nextLink, options) {
        return this.client.sendOperationRequest({ location, nextLink, options }, raiContentFilters_listNextOperationSpec);
    }
}
// Operation Specifications
const raiContentFilters_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const raiContentFilters_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/locations/{location}/raiContentFilters",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: RaiContentFilterListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId, parameters_location],
    headerParameters: [accept],
    serializer: raiContentFilters_serializer,
};
const raiContentFilters_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/locations/{location}/raiContentFilters/{filterName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: RaiContentFilter,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        parameters_location,
        filterName,
    ],
    headerParameters: [accept],
    serializer: raiContentFilters_serializer,
};
const raiContentFilters_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: RaiContentFilterListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        nextLink,
        parameters_location,
    ],
    headerParameters: [accept],
    serializer: raiContentFilters_serializer,
};
//# sourceMappingURL=raiContentFilters.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/networkSecurityPerimeterConfigurations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing NetworkSecurityPerimeterConfigurations operations. */
class NetworkSecurityPerimeterConfigurationsImpl {
    client;
    /**
     * Initialize a new instance of the class NetworkSecurityPerimeterConfigurations class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Gets a list of NSP configurations for an account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    list(resourceGroupName, accountName, options) {
        const iter = this.listPagingAll(resourceGroupName, accountName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, accountName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, accountName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, accountName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, accountName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, accountName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, accountName, options)) {
            yield* page;
        }
    }
    /**
     * Gets a list of NSP configurations for an account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    _list(resourceGroupName, accountName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, options }, networkSecurityPerimeterConfigurations_listOperationSpec);
    }
    /**
     * Gets the specified NSP configurations for an account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param nspConfigurationName The name of the NSP Configuration.
     * @param options The options parameters.
     */
    get(resourceGroupName, accountName, nspConfigurationName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, nspConfigurationName, options }, networkSecurityPerimeterConfigurations_getOperationSpec);
    }
    /**
     * Reconcile the NSP configuration for an account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param nspConfigurationName The name of the NSP Configuration.
     * @param options The options parameters.
     */
    async beginReconcile(resourceGroupName, accountName, nspConfigurationName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, accountName, nspConfigurationName, options },
            spec: reconcileOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Reconcile the NSP configuration for an account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param nspConfigurationName The name of the NSP Configuration.
     * @param options The options parameters.
     */
    async beginReconcileAndWait(resourceGroupName, accountName, nspConfigurationName, options) {
        const poller = await this.beginReconcile(resourceGroupName, accountName, nspConfigurationName, options);
        return poller.pollUntilDone();
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, accountName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, nextLink, options }, networkSecurityPerimeterConfigurations_listNextOperationSpec);
    }
}
// Operation Specifications
const networkSecurityPerimeterConfigurations_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const networkSecurityPerimeterConfigurations_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/networkSecurityPerimeterConfigurations",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: NetworkSecurityPerimeterConfigurationList,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [accept],
    serializer: networkSecurityPerimeterConfigurations_serializer,
};
const networkSecurityPerimeterConfigurations_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/networkSecurityPerimeterConfigurations/{nspConfigurationName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: NetworkSecurityPerimeterConfiguration,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        nspConfigurationName,
    ],
    headerParameters: [accept],
    serializer: networkSecurityPerimeterConfigurations_serializer,
};
const reconcileOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/networkSecurityPerimeterConfigurations/{nspConfigurationName}/reconcile",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: NetworkSecurityPerimeterConfiguration,
        },
        201: {
            bodyMapper: NetworkSecurityPerimeterConfiguration,
        },
        202: {
            bodyMapper: NetworkSecurityPerimeterConfiguration,
        },
        204: {
            bodyMapper: NetworkSecurityPerimeterConfiguration,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        nspConfigurationName,
    ],
    headerParameters: [accept],
    serializer: networkSecurityPerimeterConfigurations_serializer,
};
const networkSecurityPerimeterConfigurations_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: NetworkSecurityPerimeterConfigurationList,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: networkSecurityPerimeterConfigurations_serializer,
};
//# sourceMappingURL=networkSecurityPerimeterConfigurations.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/defenderForAISettings.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing DefenderForAISettings operations. */
class DefenderForAISettingsImpl {
    client;
    /**
     * Initialize a new instance of the class DefenderForAISettings class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Lists the Defender for AI settings.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    list(resourceGroupName, accountName, options) {
        const iter = this.listPagingAll(resourceGroupName, accountName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, accountName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, accountName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, accountName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, accountName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, accountName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, accountName, options)) {
            yield* page;
        }
    }
    /**
     * Lists the Defender for AI settings.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    _list(resourceGroupName, accountName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, options }, defenderForAISettings_listOperationSpec);
    }
    /**
     * Gets the specified Defender for AI setting by name.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param defenderForAISettingName The name of the defender for AI setting.
     * @param options The options parameters.
     */
    get(resourceGroupName, accountName, defenderForAISettingName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, defenderForAISettingName, options }, defenderForAISettings_getOperationSpec);
    }
    /**
     * Creates or Updates the specified Defender for AI setting.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param defenderForAISettingName The name of the defender for AI setting.
     * @param defenderForAISettings Properties describing the Defender for AI setting.
     * @param options The options parameters.
     */
    createOrUpdate(resourceGroupName, accountName, defenderForAISettingName, defenderForAISettings, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            accountName,
            defenderForAISettingName,
            defenderForAISettings,
            options,
        }, defenderForAISettings_createOrUpdateOperationSpec);
    }
    /**
     * Updates the specified Defender for AI setting.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param defenderForAISettingName The name of the defender for AI setting.
     * @param defenderForAISettings Properties describing the Defender for AI setting.
     * @param options The options parameters.
     */
    update(resourceGroupName, accountName, defenderForAISettingName, defenderForAISettings, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            accountName,
            defenderForAISettingName,
            defenderForAISettings,
            options,
        }, defenderForAISettings_updateOperationSpec);
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, accountName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, nextLink, options }, defenderForAISettings_listNextOperationSpec);
    }
}
// Operation Specifications
const defenderForAISettings_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const defenderForAISettings_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/defenderForAISettings",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: DefenderForAISettingResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [accept],
    serializer: defenderForAISettings_serializer,
};
const defenderForAISettings_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/defenderForAISettings/{defenderForAISettingName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: DefenderForAISetting,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        defenderForAISettingName,
    ],
    headerParameters: [accept],
    serializer: defenderForAISettings_serializer,
};
const defenderForAISettings_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/defenderForAISettings/{defenderForAISettingName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: DefenderForAISetting,
        },
        201: {
            bodyMapper: DefenderForAISetting,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: defenderForAISettings,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        defenderForAISettingName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: defenderForAISettings_serializer,
};
const defenderForAISettings_updateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/defenderForAISettings/{defenderForAISettingName}",
    httpMethod: "PATCH",
    responses: {
        200: {
            bodyMapper: DefenderForAISetting,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: defenderForAISettings,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        defenderForAISettingName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: defenderForAISettings_serializer,
};
const defenderForAISettings_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: DefenderForAISettingResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: defenderForAISettings_serializer,
};
//# sourceMappingURL=defenderForAISettings.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/projects.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing Projects operations. */
class ProjectsImpl {
    client;
    /**
     * Initialize a new instance of the class Projects class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Returns all the projects in a Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    list(resourceGroupName, accountName, options) {
        const iter = this.listPagingAll(resourceGroupName, accountName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, accountName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, accountName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, accountName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, accountName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, accountName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, accountName, options)) {
            yield* page;
        }
    }
    /**
     * Create Cognitive Services Account's Project. Project is a sub-resource of an account which give AI
     * developer it's individual container to work on.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param project The parameters to provide for the created project.
     * @param options The options parameters.
     */
    async beginCreate(resourceGroupName, accountName, projectName, project, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, accountName, projectName, project, options },
            spec: projects_createOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Create Cognitive Services Account's Project. Project is a sub-resource of an account which give AI
     * developer it's individual container to work on.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param project The parameters to provide for the created project.
     * @param options The options parameters.
     */
    async beginCreateAndWait(resourceGroupName, accountName, projectName, project, options) {
        const poller = await this.beginCreate(resourceGroupName, accountName, projectName, project, options);
        return poller.pollUntilDone();
    }
    /**
     * Updates a Cognitive Services Project
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param project The parameters to provide for the created project.
     * @param options The options parameters.
     */
    async beginUpdate(resourceGroupName, accountName, projectName, project, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, accountName, projectName, project, options },
            spec: projects_updateOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Updates a Cognitive Services Project
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param project The parameters to provide for the created project.
     * @param options The options parameters.
     */
    async beginUpdateAndWait(resourceGroupName, accountName, projectName, project, options) {
        const poller = await this.beginUpdate(resourceGroupName, accountName, projectName, project, options);
        return poller.pollUntilDone();
    }
    /**
     * Deletes a Cognitive Services project from the resource group.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, accountName, projectName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, accountName, projectName, options },
            spec: projects_deleteOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Deletes a Cognitive Services project from the resource group.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, accountName, projectName, options) {
        const poller = await this.beginDelete(resourceGroupName, accountName, projectName, options);
        return poller.pollUntilDone();
    }
    /**
     * Returns a Cognitive Services project specified by the parameters.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param options The options parameters.
     */
    get(resourceGroupName, accountName, projectName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, projectName, options }, projects_getOperationSpec);
    }
    /**
     * Returns all the projects in a Cognitive Services account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    _list(resourceGroupName, accountName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, options }, projects_listOperationSpec);
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, accountName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, nextLink, options }, projects_listNextOperationSpec);
    }
}
// Operation Specifications
const projects_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const projects_createOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/projects/{projectName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: Project,
        },
        201: {
            bodyMapper: Project,
        },
        202: {
            bodyMapper: Project,
        },
        204: {
            bodyMapper: Project,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: project,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        projectName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: projects_serializer,
};
const projects_updateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/projects/{projectName}",
    httpMethod: "PATCH",
    responses: {
        200: {
            bodyMapper: Project,
        },
        201: {
            bodyMapper: Project,
        },
        202: {
            bodyMapper: Project,
        },
        204: {
            bodyMapper: Project,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: project,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        projectName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: projects_serializer,
};
const projects_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/projects/{projectName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        201: {},
        202: {},
        204: {},
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        projectName,
    ],
    headerParameters: [accept],
    serializer: projects_serializer,
};
const projects_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/projects/{projectName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: Project,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        projectName,
    ],
    headerParameters: [accept],
    serializer: projects_serializer,
};
const projects_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/projects",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ProjectListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [accept],
    serializer: projects_serializer,
};
const projects_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ProjectListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: projects_serializer,
};
//# sourceMappingURL=projects.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/accountConnections.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing AccountConnections operations. */
class AccountConnectionsImpl {
    client;
    /**
     * Initialize a new instance of the class AccountConnections class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Lists all the available  Cognitive Services account connections under the specified account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    list(resourceGroupName, accountName, options) {
        const iter = this.listPagingAll(resourceGroupName, accountName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, accountName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, accountName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, accountName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, accountName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, accountName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, accountName, options)) {
            yield* page;
        }
    }
    /**
     * Delete Cognitive Services account connection by name.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param connectionName Friendly name of the connection
     * @param options The options parameters.
     */
    delete(resourceGroupName, accountName, connectionName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, connectionName, options }, accountConnections_deleteOperationSpec);
    }
    /**
     * Lists Cognitive Services account connection by name.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param connectionName Friendly name of the connection
     * @param options The options parameters.
     */
    get(resourceGroupName, accountName, connectionName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, connectionName, options }, accountConnections_getOperationSpec);
    }
    /**
     * Update Cognitive Services account connection under the specified account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param connectionName Friendly name of the connection
     * @param options The options parameters.
     */
    update(resourceGroupName, accountName, connectionName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, connectionName, options }, accountConnections_updateOperationSpec);
    }
    /**
     * Create or update Cognitive Services account connection under the specified account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param connectionName Friendly name of the connection
     * @param options The options parameters.
     */
    create(resourceGroupName, accountName, connectionName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, connectionName, options }, accountConnections_createOperationSpec);
    }
    /**
     * Lists all the available  Cognitive Services account connections under the specified account.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    _list(resourceGroupName, accountName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, options }, accountConnections_listOperationSpec);
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, accountName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, nextLink, options }, accountConnections_listNextOperationSpec);
    }
}
// Operation Specifications
const accountConnections_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const accountConnections_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/connections/{connectionName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        204: {},
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        connectionName,
    ],
    headerParameters: [accept],
    serializer: accountConnections_serializer,
};
const accountConnections_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/connections/{connectionName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ConnectionPropertiesV2BasicResource,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        connectionName,
    ],
    headerParameters: [accept],
    serializer: accountConnections_serializer,
};
const accountConnections_updateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/connections/{connectionName}",
    httpMethod: "PATCH",
    responses: {
        200: {
            bodyMapper: ConnectionPropertiesV2BasicResource,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: connection,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        connectionName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: accountConnections_serializer,
};
const accountConnections_createOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/connections/{connectionName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: ConnectionPropertiesV2BasicResource,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: connection1,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        connectionName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: accountConnections_serializer,
};
const accountConnections_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/connections",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ConnectionPropertiesV2BasicResourceArmPaginatedResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [
        apiVersion,
        target,
        category,
        includeAll,
    ],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [accept],
    serializer: accountConnections_serializer,
};
const accountConnections_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ConnectionPropertiesV2BasicResourceArmPaginatedResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: accountConnections_serializer,
};
//# sourceMappingURL=accountConnections.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/projectConnections.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing ProjectConnections operations. */
class ProjectConnectionsImpl {
    client;
    /**
     * Initialize a new instance of the class ProjectConnections class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Lists all the available Cognitive Services project connections under the specified project.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param options The options parameters.
     */
    list(resourceGroupName, accountName, projectName, options) {
        const iter = this.listPagingAll(resourceGroupName, accountName, projectName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, accountName, projectName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, accountName, projectName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, accountName, projectName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, accountName, projectName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, accountName, projectName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, accountName, projectName, options)) {
            yield* page;
        }
    }
    /**
     * Delete Cognitive Services project connection by name.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param connectionName Friendly name of the connection
     * @param options The options parameters.
     */
    delete(resourceGroupName, accountName, projectName, connectionName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, projectName, connectionName, options }, projectConnections_deleteOperationSpec);
    }
    /**
     * Lists Cognitive Services project connection by name.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param connectionName Friendly name of the connection
     * @param options The options parameters.
     */
    get(resourceGroupName, accountName, projectName, connectionName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, projectName, connectionName, options }, projectConnections_getOperationSpec);
    }
    /**
     * Update Cognitive Services project connection under the specified project.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param connectionName Friendly name of the connection
     * @param options The options parameters.
     */
    update(resourceGroupName, accountName, projectName, connectionName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, projectName, connectionName, options }, projectConnections_updateOperationSpec);
    }
    /**
     * Create or update Cognitive Services project connection under the specified project.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param connectionName Friendly name of the connection
     * @param options The options parameters.
     */
    create(resourceGroupName, accountName, projectName, connectionName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, projectName, connectionName, options }, projectConnections_createOperationSpec);
    }
    /**
     * Lists all the available Cognitive Services project connections under the specified project.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param options The options parameters.
     */
    _list(resourceGroupName, accountName, projectName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, projectName, options }, projectConnections_listOperationSpec);
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, accountName, projectName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, projectName, nextLink, options }, projectConnections_listNextOperationSpec);
    }
}
// Operation Specifications
const projectConnections_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const projectConnections_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/projects/{projectName}/connections/{connectionName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        204: {},
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        projectName,
        connectionName,
    ],
    headerParameters: [accept],
    serializer: projectConnections_serializer,
};
const projectConnections_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/projects/{projectName}/connections/{connectionName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ConnectionPropertiesV2BasicResource,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        projectName,
        connectionName,
    ],
    headerParameters: [accept],
    serializer: projectConnections_serializer,
};
const projectConnections_updateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/projects/{projectName}/connections/{connectionName}",
    httpMethod: "PATCH",
    responses: {
        200: {
            bodyMapper: ConnectionPropertiesV2BasicResource,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: connection,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        projectName,
        connectionName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: projectConnections_serializer,
};
const projectConnections_createOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/projects/{projectName}/connections/{connectionName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: ConnectionPropertiesV2BasicResource,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: connection1,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        projectName,
        connectionName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: projectConnections_serializer,
};
const projectConnections_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/projects/{projectName}/connections",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ConnectionPropertiesV2BasicResourceArmPaginatedResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [
        apiVersion,
        target,
        category,
        includeAll,
    ],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        projectName,
    ],
    headerParameters: [accept],
    serializer: projectConnections_serializer,
};
const projectConnections_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ConnectionPropertiesV2BasicResourceArmPaginatedResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        nextLink,
        projectName,
    ],
    headerParameters: [accept],
    serializer: projectConnections_serializer,
};
//# sourceMappingURL=projectConnections.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/accountCapabilityHosts.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing AccountCapabilityHosts operations. */
class AccountCapabilityHostsImpl {
    client;
    /**
     * Initialize a new instance of the class AccountCapabilityHosts class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * List capabilityHost.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    list(resourceGroupName, accountName, options) {
        const iter = this.listPagingAll(resourceGroupName, accountName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, accountName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, accountName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, accountName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, accountName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, accountName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, accountName, options)) {
            yield* page;
        }
    }
    /**
     * List capabilityHost.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param options The options parameters.
     */
    _list(resourceGroupName, accountName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, options }, accountCapabilityHosts_listOperationSpec);
    }
    /**
     * Delete account capabilityHost.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param capabilityHostName The name of the capability host associated with the Cognitive Services
     *                           Resource
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, accountName, capabilityHostName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, accountName, capabilityHostName, options },
            spec: accountCapabilityHosts_deleteOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Delete account capabilityHost.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param capabilityHostName The name of the capability host associated with the Cognitive Services
     *                           Resource
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, accountName, capabilityHostName, options) {
        const poller = await this.beginDelete(resourceGroupName, accountName, capabilityHostName, options);
        return poller.pollUntilDone();
    }
    /**
     * Get account capabilityHost.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param capabilityHostName The name of the capability host associated with the Cognitive Services
     *                           Resource
     * @param options The options parameters.
     */
    get(resourceGroupName, accountName, capabilityHostName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, capabilityHostName, options }, accountCapabilityHosts_getOperationSpec);
    }
    /**
     * Create or update account capabilityHost.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param capabilityHostName The name of the capability host associated with the Cognitive Services
     *                           Resource
     * @param capabilityHost CapabilityHost definition.
     * @param options The options parameters.
     */
    async beginCreateOrUpdate(resourceGroupName, accountName, capabilityHostName, capabilityHost, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                accountName,
                capabilityHostName,
                capabilityHost,
                options,
            },
            spec: accountCapabilityHosts_createOrUpdateOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "original-uri",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Create or update account capabilityHost.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param capabilityHostName The name of the capability host associated with the Cognitive Services
     *                           Resource
     * @param capabilityHost CapabilityHost definition.
     * @param options The options parameters.
     */
    async beginCreateOrUpdateAndWait(resourceGroupName, accountName, capabilityHostName, capabilityHost, options) {
        const poller = await this.beginCreateOrUpdate(resourceGroupName, accountName, capabilityHostName, capabilityHost, options);
        return poller.pollUntilDone();
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, accountName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, nextLink, options }, accountCapabilityHosts_listNextOperationSpec);
    }
}
// Operation Specifications
const accountCapabilityHosts_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const accountCapabilityHosts_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/capabilityHosts",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CapabilityHostResourceArmPaginatedResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
    ],
    headerParameters: [accept],
    serializer: accountCapabilityHosts_serializer,
};
const accountCapabilityHosts_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/capabilityHosts/{capabilityHostName}",
    httpMethod: "DELETE",
    responses: {
        200: {
            headersMapper: AccountCapabilityHostsDeleteHeaders,
        },
        201: {
            headersMapper: AccountCapabilityHostsDeleteHeaders,
        },
        202: {
            headersMapper: AccountCapabilityHostsDeleteHeaders,
        },
        204: {
            headersMapper: AccountCapabilityHostsDeleteHeaders,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        capabilityHostName,
    ],
    headerParameters: [accept],
    serializer: accountCapabilityHosts_serializer,
};
const accountCapabilityHosts_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/capabilityHosts/{capabilityHostName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CapabilityHost,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        capabilityHostName,
    ],
    headerParameters: [accept],
    serializer: accountCapabilityHosts_serializer,
};
const accountCapabilityHosts_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/capabilityHosts/{capabilityHostName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: CapabilityHost,
        },
        201: {
            bodyMapper: CapabilityHost,
        },
        202: {
            bodyMapper: CapabilityHost,
        },
        204: {
            bodyMapper: CapabilityHost,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: capabilityHost,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        capabilityHostName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: accountCapabilityHosts_serializer,
};
const accountCapabilityHosts_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CapabilityHostResourceArmPaginatedResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: accountCapabilityHosts_serializer,
};
//# sourceMappingURL=accountCapabilityHosts.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/projectCapabilityHosts.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing ProjectCapabilityHosts operations. */
class ProjectCapabilityHostsImpl {
    client;
    /**
     * Initialize a new instance of the class ProjectCapabilityHosts class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * List capabilityHost.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param options The options parameters.
     */
    list(resourceGroupName, accountName, projectName, options) {
        const iter = this.listPagingAll(resourceGroupName, accountName, projectName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, accountName, projectName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, accountName, projectName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, accountName, projectName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, accountName, projectName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, accountName, projectName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, accountName, projectName, options)) {
            yield* page;
        }
    }
    /**
     * List capabilityHost.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param options The options parameters.
     */
    _list(resourceGroupName, accountName, projectName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, projectName, options }, projectCapabilityHosts_listOperationSpec);
    }
    /**
     * Delete project capabilityHost.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param capabilityHostName The name of the capability host associated with the Cognitive Services
     *                           Resource
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, accountName, projectName, capabilityHostName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                accountName,
                projectName,
                capabilityHostName,
                options,
            },
            spec: projectCapabilityHosts_deleteOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Delete project capabilityHost.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param capabilityHostName The name of the capability host associated with the Cognitive Services
     *                           Resource
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, accountName, projectName, capabilityHostName, options) {
        const poller = await this.beginDelete(resourceGroupName, accountName, projectName, capabilityHostName, options);
        return poller.pollUntilDone();
    }
    /**
     * Get project capabilityHost.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param capabilityHostName The name of the capability host associated with the Cognitive Services
     *                           Resource
     * @param options The options parameters.
     */
    get(resourceGroupName, accountName, projectName, capabilityHostName, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            accountName,
            projectName,
            capabilityHostName,
            options,
        }, projectCapabilityHosts_getOperationSpec);
    }
    /**
     * Create or update project capabilityHost.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param capabilityHostName The name of the capability host associated with the Cognitive Services
     *                           Resource
     * @param capabilityHost CapabilityHost definition.
     * @param options The options parameters.
     */
    async beginCreateOrUpdate(resourceGroupName, accountName, projectName, capabilityHostName, capabilityHost, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                accountName,
                projectName,
                capabilityHostName,
                capabilityHost,
                options,
            },
            spec: projectCapabilityHosts_createOrUpdateOperationSpec,
        });
        const poller = await (0,core_lro_dist_esm/* createHttpPoller */.Vj)(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "original-uri",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Create or update project capabilityHost.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param capabilityHostName The name of the capability host associated with the Cognitive Services
     *                           Resource
     * @param capabilityHost CapabilityHost definition.
     * @param options The options parameters.
     */
    async beginCreateOrUpdateAndWait(resourceGroupName, accountName, projectName, capabilityHostName, capabilityHost, options) {
        const poller = await this.beginCreateOrUpdate(resourceGroupName, accountName, projectName, capabilityHostName, capabilityHost, options);
        return poller.pollUntilDone();
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param accountName The name of Cognitive Services account.
     * @param projectName The name of Cognitive Services account's project.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, accountName, projectName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, accountName, projectName, nextLink, options }, projectCapabilityHosts_listNextOperationSpec);
    }
}
// Operation Specifications
const projectCapabilityHosts_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const projectCapabilityHosts_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/projects/{projectName}/capabilityHosts",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ProjectCapabilityHostResourceArmPaginatedResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        projectName,
    ],
    headerParameters: [accept],
    serializer: projectCapabilityHosts_serializer,
};
const projectCapabilityHosts_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/projects/{projectName}/capabilityHosts/{capabilityHostName}",
    httpMethod: "DELETE",
    responses: {
        200: {
            headersMapper: ProjectCapabilityHostsDeleteHeaders,
        },
        201: {
            headersMapper: ProjectCapabilityHostsDeleteHeaders,
        },
        202: {
            headersMapper: ProjectCapabilityHostsDeleteHeaders,
        },
        204: {
            headersMapper: ProjectCapabilityHostsDeleteHeaders,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        projectName,
        capabilityHostName,
    ],
    headerParameters: [accept],
    serializer: projectCapabilityHosts_serializer,
};
const projectCapabilityHosts_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/projects/{projectName}/capabilityHosts/{capabilityHostName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ProjectCapabilityHost,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        projectName,
        capabilityHostName,
    ],
    headerParameters: [accept],
    serializer: projectCapabilityHosts_serializer,
};
const projectCapabilityHosts_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/projects/{projectName}/capabilityHosts/{capabilityHostName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: ProjectCapabilityHost,
        },
        201: {
            bodyMapper: ProjectCapabilityHost,
        },
        202: {
            bodyMapper: ProjectCapabilityHost,
        },
        204: {
            bodyMapper: ProjectCapabilityHost,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: capabilityHost1,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        projectName,
        capabilityHostName,
    ],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: projectCapabilityHosts_serializer,
};
const projectCapabilityHosts_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ProjectCapabilityHostResourceArmPaginatedResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        resourceGroupName,
        accountName,
        subscriptionId,
        nextLink,
        projectName,
    ],
    headerParameters: [accept],
    serializer: projectCapabilityHosts_serializer,
};
//# sourceMappingURL=projectCapabilityHosts.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/quotaTiers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing QuotaTiers operations. */
class QuotaTiersImpl {
    client;
    /**
     * Initialize a new instance of the class QuotaTiers class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Returns all the resources of a particular type belonging to a subscription.
     * @param options The options parameters.
     */
    listBySubscription(options) {
        const iter = this.listBySubscriptionPagingAll(options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listBySubscriptionPagingPage(options, settings);
            },
        };
    }
    async *listBySubscriptionPagingPage(options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listBySubscription(options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listBySubscriptionNext(continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listBySubscriptionPagingAll(options) {
        for await (const page of this.listBySubscriptionPagingPage(options)) {
            yield* page;
        }
    }
    /**
     * Returns all the resources of a particular type belonging to a subscription.
     * @param options The options parameters.
     */
    _listBySubscription(options) {
        return this.client.sendOperationRequest({ options }, listBySubscriptionOperationSpec);
    }
    /**
     * Gets the Quota Tier information for the given subscription. QuotaTiers is a subscription wide
     * resource type. It holds current tier information.
     * @param defaultParam Default parameter. Leave the value as "default".
     * @param options The options parameters.
     */
    get(defaultParam, options) {
        return this.client.sendOperationRequest({ defaultParam, options }, quotaTiers_getOperationSpec);
    }
    /**
     * Update the Quota Tier information for the given subscription. QuotaTiers is a subscription wide
     * resource type. It holds current tier information.
     * @param defaultParam Default parameter. Leave the value as "default".
     * @param tier The parameters to provide for the quota tier resource.
     * @param options The options parameters.
     */
    update(defaultParam, tier, options) {
        return this.client.sendOperationRequest({ defaultParam, tier, options }, quotaTiers_updateOperationSpec);
    }
    /**
     * Update the Quota Tier information for the given subscription. QuotaTiers is a subscription wide
     * resource type. It holds current tier information.
     * @param defaultParam Default parameter. Leave the value as "default".
     * @param tier The parameters to provide for the quota tier resource.
     * @param options The options parameters.
     */
    createOrUpdate(defaultParam, tier, options) {
        return this.client.sendOperationRequest({ defaultParam, tier, options }, quotaTiers_createOrUpdateOperationSpec);
    }
    /**
     * ListBySubscriptionNext
     * @param nextLink The nextLink from the previous successful call to the ListBySubscription method.
     * @param options The options parameters.
     */
    _listBySubscriptionNext(nextLink, options) {
        return this.client.sendOperationRequest({ nextLink, options }, listBySubscriptionNextOperationSpec);
    }
}
// Operation Specifications
const quotaTiers_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const listBySubscriptionOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/quotaTiers",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: QuotaTierListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId],
    headerParameters: [accept],
    serializer: quotaTiers_serializer,
};
const quotaTiers_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/quotaTiers/{default}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: QuotaTier,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId, defaultParam],
    headerParameters: [accept],
    serializer: quotaTiers_serializer,
};
const quotaTiers_updateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/quotaTiers/{default}",
    httpMethod: "PATCH",
    responses: {
        200: {
            bodyMapper: QuotaTier,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: tier,
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId, defaultParam],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: quotaTiers_serializer,
};
const quotaTiers_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/quotaTiers/{default}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: QuotaTier,
        },
        201: {
            bodyMapper: QuotaTier,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: tier,
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId, defaultParam],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: quotaTiers_serializer,
};
const listBySubscriptionNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: QuotaTierListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [$host, subscriptionId, nextLink],
    headerParameters: [accept],
    serializer: quotaTiers_serializer,
};
//# sourceMappingURL=quotaTiers.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/operations/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
// Code generated by Microsoft (R) AutoRest Code Generator.
// Changes may cause incorrect behavior and will be lost if the code is regenerated.



























//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/cognitiveServicesManagementClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
// Code generated by Microsoft (R) AutoRest Code Generator.
// Changes may cause incorrect behavior and will be lost if the code is regenerated.





class CognitiveServicesManagementClient extends esm/* ServiceClient */.Nl {
    $host;
    apiVersion;
    subscriptionId;
    /**
     * Initializes a new instance of the CognitiveServicesManagementClient class.
     * @param credentials Subscription credentials which uniquely identify client subscription.
     * @param subscriptionId The ID of the target subscription.
     * @param options The parameter options
     */
    constructor(credentials, subscriptionId, options) {
        if (credentials === undefined) {
            throw new Error("'credentials' cannot be null");
        }
        if (subscriptionId === undefined) {
            throw new Error("'subscriptionId' cannot be null");
        }
        // Initializing default values for options
        if (!options) {
            options = {};
        }
        const defaults = {
            requestContentType: "application/json; charset=utf-8",
            credential: credentials,
        };
        const packageDetails = `azsdk-js-arm-cognitiveservices/8.1.0`;
        const userAgentPrefix = options.userAgentOptions && options.userAgentOptions.userAgentPrefix
            ? `${options.userAgentOptions.userAgentPrefix} ${packageDetails}`
            : `${packageDetails}`;
        const optionsWithDefaults = {
            ...defaults,
            ...options,
            userAgentOptions: {
                userAgentPrefix,
            },
            endpoint: options.endpoint ?? options.baseUri ?? "https://management.azure.com",
        };
        super(optionsWithDefaults);
        let bearerTokenAuthenticationPolicyFound = false;
        if (options?.pipeline && options.pipeline.getOrderedPolicies().length > 0) {
            const pipelinePolicies = options.pipeline.getOrderedPolicies();
            bearerTokenAuthenticationPolicyFound = pipelinePolicies.some((pipelinePolicy) => pipelinePolicy.name === dist_esm/* bearerTokenAuthenticationPolicyName */.uQ);
        }
        if (!options ||
            !options.pipeline ||
            options.pipeline.getOrderedPolicies().length == 0 ||
            !bearerTokenAuthenticationPolicyFound) {
            this.pipeline.removePolicy({
                name: dist_esm/* bearerTokenAuthenticationPolicyName */.uQ,
            });
            this.pipeline.addPolicy(dist_esm/* bearerTokenAuthenticationPolicy */.N$({
                credential: credentials,
                scopes: optionsWithDefaults.credentialScopes ?? `${optionsWithDefaults.endpoint}/.default`,
                challengeCallbacks: {
                    authorizeRequestOnChallenge: esm/* authorizeRequestOnClaimChallenge */.fj,
                },
            }));
        }
        // Parameter assignments
        this.subscriptionId = subscriptionId;
        // Assigning values to Constant parameters
        this.$host = options.$host || "https://management.azure.com";
        this.apiVersion = options.apiVersion || "2025-09-01";
        this.accounts = new AccountsImpl(this);
        this.deletedAccounts = new DeletedAccountsImpl(this);
        this.resourceSkus = new ResourceSkusImpl(this);
        this.usages = new UsagesImpl(this);
        this.operations = new OperationsImpl(this);
        this.commitmentTiers = new CommitmentTiersImpl(this);
        this.models = new ModelsImpl(this);
        this.locationBasedModelCapacities = new LocationBasedModelCapacitiesImpl(this);
        this.modelCapacities = new ModelCapacitiesImpl(this);
        this.privateEndpointConnections = new PrivateEndpointConnectionsImpl(this);
        this.privateLinkResources = new PrivateLinkResourcesImpl(this);
        this.deployments = new DeploymentsImpl(this);
        this.commitmentPlans = new CommitmentPlansImpl(this);
        this.encryptionScopes = new EncryptionScopesImpl(this);
        this.raiPolicies = new RaiPoliciesImpl(this);
        this.raiBlocklists = new RaiBlocklistsImpl(this);
        this.raiBlocklistItems = new RaiBlocklistItemsImpl(this);
        this.raiTopics = new RaiTopicsImpl(this);
        this.raiContentFilters = new RaiContentFiltersImpl(this);
        this.networkSecurityPerimeterConfigurations = new NetworkSecurityPerimeterConfigurationsImpl(this);
        this.defenderForAISettings = new DefenderForAISettingsImpl(this);
        this.projects = new ProjectsImpl(this);
        this.accountConnections = new AccountConnectionsImpl(this);
        this.projectConnections = new ProjectConnectionsImpl(this);
        this.accountCapabilityHosts = new AccountCapabilityHostsImpl(this);
        this.projectCapabilityHosts = new ProjectCapabilityHostsImpl(this);
        this.quotaTiers = new QuotaTiersImpl(this);
        this.addCustomApiVersionPolicy(options.apiVersion);
    }
    /** A function that adds a policy that sets the api-version (or equivalent) to reflect the library version. */
    addCustomApiVersionPolicy(apiVersion) {
        if (!apiVersion) {
            return;
        }
        const apiVersionPolicy = {
            name: "CustomApiVersionPolicy",
            async sendRequest(request, next) {
                const param = request.url.split("?");
                if (param.length > 1) {
                    const newParams = param[1].split("&").map((item) => {
                        if (item.indexOf("api-version") > -1) {
                            return "api-version=" + apiVersion;
                        }
                        else {
                            return item;
                        }
                    });
                    request.url = param[0] + "?" + newParams.join("&");
                }
                return next(request);
            },
        };
        this.pipeline.addPolicy(apiVersionPolicy);
    }
    /**
     * Check available SKUs.
     * @param location Resource location.
     * @param skus The SKU of the resource.
     * @param kind The kind (type) of cognitive service account.
     * @param typeParam The Type of the resource.
     * @param options The options parameters.
     */
    checkSkuAvailability(location, skus, kind, typeParam, options) {
        return this.sendOperationRequest({ location, skus, kind, typeParam, options }, checkSkuAvailabilityOperationSpec);
    }
    /**
     * Check whether a domain is available.
     * @param subdomainName The subdomain name to use.
     * @param typeParam The Type of the resource.
     * @param options The options parameters.
     */
    checkDomainAvailability(subdomainName, typeParam, options) {
        return this.sendOperationRequest({ subdomainName, typeParam, options }, checkDomainAvailabilityOperationSpec);
    }
    /**
     * Model capacity calculator.
     * @param options The options parameters.
     */
    calculateModelCapacity(options) {
        return this.sendOperationRequest({ options }, calculateModelCapacityOperationSpec);
    }
    accounts;
    deletedAccounts;
    resourceSkus;
    usages;
    operations;
    commitmentTiers;
    models;
    locationBasedModelCapacities;
    modelCapacities;
    privateEndpointConnections;
    privateLinkResources;
    deployments;
    commitmentPlans;
    encryptionScopes;
    raiPolicies;
    raiBlocklists;
    raiBlocklistItems;
    raiTopics;
    raiContentFilters;
    networkSecurityPerimeterConfigurations;
    defenderForAISettings;
    projects;
    accountConnections;
    projectConnections;
    accountCapabilityHosts;
    projectCapabilityHosts;
    quotaTiers;
}
// Operation Specifications
const cognitiveServicesManagementClient_serializer = esm/* createSerializer */.rl(mappers_namespaceObject, /* isXml */ false);
const checkSkuAvailabilityOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/locations/{location}/checkSkuAvailability",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: SkuAvailabilityListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: {
        parameterPath: { skus: ["skus"], kind: ["kind"], typeParam: ["typeParam"] },
        mapper: { ...CheckSkuAvailabilityParameter, required: true },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId, parameters_location],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: cognitiveServicesManagementClient_serializer,
};
const checkDomainAvailabilityOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/checkDomainAvailability",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: DomainAvailability,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: {
        parameterPath: {
            subdomainName: ["subdomainName"],
            typeParam: ["typeParam"],
            kind: ["options", "kind"],
        },
        mapper: { ...CheckDomainAvailabilityParameter, required: true },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: cognitiveServicesManagementClient_serializer,
};
const calculateModelCapacityOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/calculateModelCapacity",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: CalculateModelCapacityResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: {
        parameterPath: {
            model: ["options", "model"],
            skuName: ["options", "skuName"],
            workloads: ["options", "workloads"],
        },
        mapper: { ...CalculateModelCapacityParameter, required: true },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId],
    headerParameters: [contentType, accept],
    mediaType: "json",
    serializer: cognitiveServicesManagementClient_serializer,
};
//# sourceMappingURL=cognitiveServicesManagementClient.js.map
;// CONCATENATED MODULE: ../../node_modules/@azure/arm-cognitiveservices/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
// Code generated by Microsoft (R) AutoRest Code Generator.
// Changes may cause incorrect behavior and will be lost if the code is regenerated.
/// <reference lib="esnext.asynciterable" />




//# sourceMappingURL=index.js.map

/***/ })

};
