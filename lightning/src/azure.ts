// The Azure and OpenAI client pieces of the shared package, behind one module that is imported
// lazily: the embedded loop (label, build-dataset) never loads @azure/identity or openai.
export { createAzureCredential, createOpenAIClient, openAITargetFromEnv } from '@mcp-aks/core';
