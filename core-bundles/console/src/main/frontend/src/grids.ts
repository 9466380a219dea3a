/** What the grid door answers (/api/v1/grids/…), as the territory screen uses it. */

export type Bound = 'BELOW' | 'WITHIN' | 'ABOVE'

/** One grid of a report (网格核查): its buildings and households against the bounds. */
export interface GridLoad {
  gridId: number
  code: string
  name: string
  buildings: number
  households: number
  bound: Bound
}

export interface GridReport {
  communityId: number
  communityName: string
  minHouseholds: number
  maxHouseholds: number
  households: number
  householdsOutsideGrids: number
  withinBounds: boolean
  grids: GridLoad[]
}

/** One grid of a plan: what becomes of it and what it holds after the plan. */
export interface PlannedGrid {
  action: 'KEEP' | 'CHANGE' | 'CREATE' | 'CLOSE'
  gridId?: number
  code: string
  name: string
  households: number
  bound?: Bound
  buildingIds: number[]
}

/** A plan to split or merge the grids of one community (网格调整方案). */
export interface GridPlan {
  id: number
  communityId: number
  status: 'PROPOSED' | 'APPLIED' | 'STALE'
  withinBounds: boolean
  buildingsMoved: number
  grids: PlannedGrid[]
}

/** A grid as the picture draws it. */
export interface DrawnGrid {
  key: string
  name: string
  households: number
  bound?: Bound
  buildingIds: number[]
}
