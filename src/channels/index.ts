export { buildBoard, channelOf, channelLabel, ANNOUNCED_DAYS, type Board, type Channel, type ChannelItem, type Endpoint, type MonthTemperature, type OpenRequest } from './board.ts'
export { ploverScores, scoreOf } from './scores.ts'
export { renderBoard } from './render.ts'
export { dyadBoard } from './dyad-board.ts'
