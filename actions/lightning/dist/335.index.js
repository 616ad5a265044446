export const id = 335;
export const ids = [335];
export const modules = {

/***/ 2335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createAzureCredential: () => (/* reexport safe */ _mcp_aks_core__WEBPACK_IMPORTED_MODULE_0__.lq),
/* harmony export */   createOpenAIClient: () => (/* reexport safe */ _mcp_aks_core__WEBPACK_IMPORTED_MODULE_0__.sJ),
/* harmony export */   openAITargetFromEnv: () => (/* reexport safe */ _mcp_aks_core__WEBPACK_IMPORTED_MODULE_0__.TJ)
/* harmony export */ });
/* harmony import */ var _mcp_aks_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(828);
// The Azure and OpenAI client pieces of the shared package, behind one module that is imported
// lazily: the embedded loop (label, build-dataset) never loads @azure/identity or openai.



/***/ })

};
