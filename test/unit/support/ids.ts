export const PLANT = '51-8099.00@v.26.05';
export const OFFICE = '43-9071.00@v.26.05';
