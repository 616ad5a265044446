export { EpisodeCapture, type CaptureOptions, type CaptureStats } from './capture';
export { episodeIdFor, toEpisode } from './episode';
export { Spool } from './spool';
