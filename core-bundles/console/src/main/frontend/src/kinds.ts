import type { Words } from './i18n'

/** A kind of record as /api/v1/kinds describes it: what lists and forms are built from. */
export interface Kind {
  kind: string
  register: string
  registerLabels: Words
  labels: Words
  about?: Words
  read?: string
  write: string
  writable: boolean
  fields: KindField[]
  filters: KindFilter[]
}

export type FieldType = 'INTEGER' | 'LONG' | 'DECIMAL' | 'TEXT' | 'BOOLEAN' | 'DATE' | 'TIME' | 'DATE_TIME' | 'ENUM' | 'LIST' | 'OBJECT'

export interface KindField {
  name: string
  type: FieldType
  labels: Words
  about?: Words
  required: boolean
  readOnly: boolean
  maxLength?: number
  minimum?: number
  maximum?: number
  pattern?: string
  codeList?: string
  notFuture?: boolean
  values?: { value: string; labels: Words }[]
  items?: KindField
  fields?: KindField[]
}

export interface KindFilter {
  name: string
  type: FieldType
  values?: string[]
  description: string
}

export interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
}

/** A territory node (辖区节点) as the territory register answers it. */
export interface TerritoryNode {
  id: number
  code: string
  name: string
  level: string
}
