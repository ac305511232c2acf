export { safeFetch, isPrivateAddress, FetchRefused, MAX_REDIRECTS, type FetchOptions, type Fetched } from './safe-fetch.ts'
export { readFeedList } from './feeds-file.ts'
export { pollOnce, loadState, saveState, parseEvery, type FeedHealth, type WatchState } from './watch.ts'
